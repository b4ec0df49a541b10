-- wrk script: GET the availability of the consultation at the bench location, as the bench client.
-- BENCH_TOKEN, SERVICE, FROM and TO (YYYY-MM-DD) come from the environment; THERAPIST (an id) is optional and
-- narrows the search to one therapist, as the booking page does once a client has chosen one.
local token = os.getenv("BENCH_TOKEN")
local therapist = os.getenv("THERAPIST")
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.path = "/api/v1/availability?service=" .. os.getenv("SERVICE") .. "&from=" .. os.getenv("FROM") .. "&to=" .. os.getenv("TO")
  .. (therapist and ("&therapist=" .. therapist) or "")
