-- wrk script: POST bookings of the consultation, each connection walking its own share of the bench therapists'
-- half-hour starts, so most requests book (201) and the rest meet a taken slot (409). Needs BENCH_TOKEN, SERVICE,
-- THERAPISTS (comma-separated bench therapist ids) and DAY0 (first day, YYYY-MM-DD) in the environment.
local token = os.getenv("BENCH_TOKEN")
local service = os.getenv("SERVICE")
local day0 = os.getenv("DAY0")
local therapists = {}
for id in string.gmatch(os.getenv("THERAPISTS"), "[^,]+") do table.insert(therapists, id) end

local counter = 0
local threads = 0

-- runs in the main Lua state; "id" becomes a global of each thread's own state
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local y, m, d = string.match(day0, "(%d+)-(%d+)-(%d+)")
local base = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })

function request()
  counter = counter + 1
  local n = counter * 2 + id
  local therapist = therapists[(n % #therapists) + 1]
  local k = math.floor(n / #therapists)
  local day = math.floor(k / 9)
  local slot = k % 9
  local date = os.date("!%Y-%m-%d", base + day * 86400)
  -- 9 starts a day, 90 minutes apart from 07:00 (60-minute sessions with the 15-minute buffer fit), New York
  -- winter time
  local minutes = 7 * 60 + slot * 90
  local start = string.format("%sT%02d:%02d:00-05:00", date, math.floor(minutes / 60), minutes % 60)
  local body = string.format('{"service":%s,"start":"%s","therapist":%s}', service, start, therapist)
  return wrk.format("POST", "/api/v1/bookings",
    { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
