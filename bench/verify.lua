-- Scans of many different QR codes, from many different phones: a random certificate token and a
-- random client address (behind our trusted proxy) for every request.
local tokens = {}

init = function(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
end

request = function()
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  local path = "/v/" .. tokens[math.random(1, #tokens)]
  return wrk.format("GET", path, { ["X-Forwarded-For"] = ip })
end
