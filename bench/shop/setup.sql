-- Bench stock, added next to the demo data of a running app (psql into its embedded PostgreSQL): one product with
-- a variant holding ten million units, so no checkout of the run sells out, and the United States as a destination.
insert into shop_categories (slug, name, sort_order) values ('bench-goods', 'Bench goods', 99) on conflict do nothing;
insert into shop_destinations (country, name, allows_restricted) values ('US', 'United States', true) on conflict do nothing;
insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not, image_path, image_alt)
values ('bench-roller', 'Bench roller', 'bench-goods', 'For the benchmark.', 'Benchmarks.', 'Often.', 'Nobody.',
        '/images/logo.svg', 'A bench product')
on conflict do nothing;
insert into shop_variants (sku, product_id, price_minor, currency, tax_rate_bp, stock)
select 'BENCH-ROLLER', id, 2400, 'USD', 825, 10000000 from shop_products where slug = 'bench-roller'
on conflict (sku) do update set stock = 10000000;
