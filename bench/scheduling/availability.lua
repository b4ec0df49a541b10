-- wrk script: GET the availability of the consultation for 14 days at the bench location, as the bench client.
-- BENCH_TOKEN, SERVICE and FROM (YYYY-MM-DD) come from the environment (see bench/README.md).
local token = os.getenv("BENCH_TOKEN")
local service = os.getenv("SERVICE")
local from = os.getenv("FROM")
local to = os.getenv("TO")
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.path = "/api/v1/availability?service=" .. service .. "&from=" .. from .. "&to=" .. to
