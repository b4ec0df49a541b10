-- wrk script: GET a demo product page (the live dispatch promise, variants, related products).
-- SLUG picks the product (default foam-roller-smooth). COOKIE, when set, is sent as the Cookie header: the page
-- holds the add-to-cart form, whose CSRF token lives in the HTTP session, so a visitor without a cookie costs a
-- new session row each time, while a real browser keeps its one session.
local slug = os.getenv("SLUG") or "foam-roller-smooth"
local cookie = os.getenv("COOKIE")
wrk.method = "GET"
wrk.path = "/shop/products/" .. slug
if cookie then
  wrk.headers["Cookie"] = cookie
end
