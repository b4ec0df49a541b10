-- pgbench baseline: what an order has to do at the least, in one transaction against the same tables: take one
-- unit of the bench variant with the conditional update, insert the order row and its line.
begin;
update shop_variants set stock = stock - 1 where sku = 'BENCH-ROLLER' and active and stock >= 1;
insert into shop_orders (email, idempotency_key, request_hash, access_token_hash, ship_name, ship_line1, ship_city,
                         ship_region, ship_postal_code, ship_country, shipping_method, payment_method, currency,
                         subtotal_minor, shipping_minor, tax_minor, total_minor, placed_at, ship_by)
values ('bench-buyer@bench.test', 'pgbench-' || gen_random_uuid(), md5('request'), md5(gen_random_uuid()::text),
        'Bench Buyer', '1 Bench Street', 'Chicago', 'IL', '60601', 'US', 'STANDARD', 'BANK_TRANSFER', 'USD',
        2400, 0, 183, 2400, now(), current_date + 2)
returning id \gset
insert into shop_order_lines (order_id, sku, product_name, variant_label, unit_price_minor, tax_rate_bp, quantity)
values (:id, 'BENCH-ROLLER', 'Bench roller', '', 2400, 825, 1);
end;
