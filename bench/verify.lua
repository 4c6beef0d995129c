-- Scans of QR codes from many phones: a certificate token and a random client address (behind our
-- trusted proxy) for every request. Arguments: the tokens file, then "uniform" (every scan a random
-- certificate: the worst case for caches) or "popular" (as at real doors: a few busy places scanned
-- often, most rarely; token k of N is chosen with probability ~ 1/k).
local tokens = {}
local popular = false

init = function(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
  popular = args[2] == "popular"
end

request = function()
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  local k
  if popular then
    k = math.max(1, math.floor((#tokens) ^ math.random()))
  else
    k = math.random(1, #tokens)
  end
  return wrk.format("GET", "/v/" .. tokens[k], { ["X-Forwarded-For"] = ip })
end
