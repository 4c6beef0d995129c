-- Scans as they happen at real doors: a few busy places are scanned often, most places rarely.
-- Token popularity is log-uniform (token k of N is chosen with probability ~ 1/k), each request
-- from a random client address behind our trusted proxy.
local tokens = {}

init = function(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
end

request = function()
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  local k = math.floor((#tokens) ^ math.random())
  if k < 1 then k = 1 end
  return wrk.format("GET", "/v/" .. tokens[k], { ["X-Forwarded-For"] = ip })
end
