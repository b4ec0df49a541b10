-- wrk script: GET /shop with a full-text search, cycling through a few searches people make (no session needed).
local searches = { "foam", "foam%20roller", "heat", "cushion%20car", "massage%20ball", "cold%20pack" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/shop?q=" .. searches[(i % #searches) + 1])
end
