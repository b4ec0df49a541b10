-- wrk script: POST /api/v1/orders as a guest, one unit of the bench variant, every request with its own
-- Idempotency-Key (thread, counter and a per-run random prefix), so every request places an order (201).
local counter = 0
local threads = 0
local run = tostring(os.time()) .. "-" .. tostring(math.random(1000000))

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local body = '{"items":[{"sku":"BENCH-ROLLER","quantity":1}],"email":"bench-buyer@bench.test",' ..
  '"shippingAddress":{"name":"Bench Buyer","line1":"1 Bench Street","city":"Chicago","region":"IL",' ..
  '"postalCode":"60601","country":"US"},"paymentMethod":"BANK_TRANSFER"}'

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/orders", { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. id .. "-" .. counter }, body)
end

local statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
