-- Carts, orders and their history. An order is written in one transaction with the stock it reserves.

create table shop_carts (
    id          uuid        primary key,
    account_id  bigint unique references accounts (id) on delete cascade,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table shop_cart_lines (
    cart_id   uuid    not null references shop_carts (id) on delete cascade,
    sku       text    not null references shop_variants (sku) on delete cascade,
    quantity  integer not null check (quantity between 1 and 99),
    added_at  timestamptz not null default now(),
    primary key (cart_id, sku)
);

create table shop_orders (
    id                  bigint generated always as identity primary key,
    account_id          bigint references accounts (id) on delete set null,
    email               text        not null check (length(email) between 3 and 254),
    status              text        not null default 'PLACED'
        check (status in ('PLACED', 'PAID', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    -- Exactly once: an API Idempotency-Key or the checkout form's one-time token; a retry finds this row.
    idempotency_key     text        not null unique check (length(idempotency_key) between 8 and 200),
    -- SHA-256 of the request that created the order, so a reused key with a different body is refused (422).
    request_hash        text        not null,
    -- SHA-256 of the secret in the guest order link.
    access_token_hash   text        not null unique,
    ship_name           text        not null check (length(btrim(ship_name)) between 1 and 120),
    ship_line1          text        not null check (length(btrim(ship_line1)) between 1 and 120),
    ship_line2          text check (length(ship_line2) <= 120),
    ship_city           text        not null check (length(btrim(ship_city)) between 1 and 80),
    ship_region         text check (length(ship_region) <= 80),
    ship_postal_code    text        not null check (length(btrim(ship_postal_code)) between 1 and 16),
    ship_country        text        not null references shop_destinations (country),
    shipping_method     text        not null check (shipping_method in ('STANDARD', 'EXPRESS')),
    payment_method      text        not null check (payment_method in ('PAY_ON_PICKUP', 'BANK_TRANSFER')),
    payment_reference   text check (length(payment_reference) <= 120),
    currency            text        not null check (currency ~ '^[A-Z]{3}$'),
    subtotal_minor      bigint      not null check (subtotal_minor >= 0),
    shipping_minor      bigint      not null check (shipping_minor >= 0),
    tax_minor           bigint      not null check (tax_minor >= 0),
    total_minor         bigint      not null check (total_minor = subtotal_minor + shipping_minor),
    age_confirmed       boolean     not null default false,
    placed_at           timestamptz not null,
    ship_by             date        not null,
    paid_at             timestamptz,
    packed_at           timestamptz,
    shipped_at          timestamptz,
    delivered_at        timestamptz,
    cancelled_at        timestamptz,
    refunded_at         timestamptz,
    carrier             text check (length(carrier) <= 60),
    tracking_number     text check (length(tracking_number) <= 80),
    check (status <> 'SHIPPED' or (carrier is not null and tracking_number is not null))
);
create index shop_orders_account on shop_orders (account_id, placed_at desc);
create index shop_orders_status on shop_orders (status, placed_at desc);
-- The late-to-ship list: orders still to ship, by their promise.
create index shop_orders_to_ship on shop_orders (ship_by) where status in ('PLACED', 'PAID', 'PACKED');

create table shop_order_lines (
    order_id          bigint  not null references shop_orders (id) on delete cascade,
    sku               text    not null references shop_variants (sku),
    product_name      text    not null,
    variant_label     text    not null default '',
    unit_price_minor  bigint  not null check (unit_price_minor > 0),
    tax_rate_bp       integer not null check (tax_rate_bp between 0 and 10000),
    quantity          integer not null check (quantity between 1 and 99),
    primary key (order_id, sku)
);

create table shop_order_history (
    id          bigint generated always as identity primary key,
    order_id    bigint      not null references shop_orders (id) on delete cascade,
    status      text        not null,
    note        text check (length(note) <= 500),
    actor_id    bigint references accounts (id) on delete set null,
    at          timestamptz not null default now()
);
create index shop_order_history_order on shop_order_history (order_id, at);
