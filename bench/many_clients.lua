-- Each request comes from a different client address (through our trusted proxy, 127.0.0.1), as on
-- a public site: per-client throttles then cost what they cost in production.
request = function()
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format(nil, nil, { ["X-Forwarded-For"] = ip })
end
