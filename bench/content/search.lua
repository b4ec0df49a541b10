-- wrk: each request searches for a different everyday query (one or two words, as people type them), so the
-- database cannot answer from one cached plan and result.
local queries = { "sciatica", "foam roller", "heat", "pregnancy back pain", "posture", "desk chair", "stretch",
	"trigger point", "red flag", "sleep pillow", "massage pressure", "lordosis", "yoga evidence", "cold ice",
	"hamstring", "numbness", "walking", "soreness aftercare", "core strength", "breathing relaxation" }
local i = 0
request = function()
	i = i + 1
	local q = queries[(i % #queries) + 1]:gsub(" ", "+")
	return wrk.format("GET", "/articles/search?q=" .. q)
end
