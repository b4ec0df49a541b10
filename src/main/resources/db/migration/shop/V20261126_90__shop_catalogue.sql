-- The shop's catalogue: categories, products, their sellable variants (one SKU each) and the stock they hold.
-- Stock lives on the variant row so that one conditional UPDATE reserves it (never oversell: CHECK below).

create table shop_categories (
    slug        text     primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text     not null check (length(btrim(name)) between 1 and 80),
    parent_slug text references shop_categories (slug),
    summary     text     not null default '' check (length(summary) <= 300),
    sort_order  smallint not null
);

create table shop_products (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            text        not null check (length(btrim(name)) between 1 and 120),
    category_slug   text        not null references shop_categories (slug),
    summary         text        not null check (length(btrim(summary)) between 1 and 300),
    -- Written for BackCare: what it is for, how to use it safely, who should not use it (plain text paragraphs).
    what_it_is_for  text        not null check (length(btrim(what_it_is_for)) > 0),
    how_to_use      text        not null check (length(btrim(how_to_use)) > 0),
    who_should_not  text        not null check (length(btrim(who_should_not)) > 0),
    -- The homecare.ProductTag a care plan recommends this product by (null: not recommended by plans).
    product_tag     text check (product_tag in ('FOAM_ROLLER', 'MASSAGE_BALL', 'HOOK_TOOL', 'HEAT_PACK', 'COLD_PACK',
                                                'SEAT_CUSHION', 'KINESIOLOGY_TAPE', 'TOPICAL_SALVE')),
    -- CBD salves: the buyer confirms they are of age, and only destinations allowing them are served.
    age_restricted  boolean     not null default false,
    -- Seat cushions: the places they suit.
    places          text[]      not null default '{}'
        check (places <@ array ['OFFICE_CHAIR', 'CAR', 'WHEELCHAIR', 'PLANE', 'RECLINER', 'COUCH', 'STADIUM']),
    image_path      text        not null check (image_path ~ '^/'),
    image_alt       text        not null check (length(btrim(image_alt)) > 0),
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    search          tsvector generated always as (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', what_it_is_for || ' ' || how_to_use), 'C')) stored
);
create index shop_products_search on shop_products using gin (search);
create index shop_products_category on shop_products (category_slug) where active;

create table shop_variants (
    sku            text        primary key check (sku ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' and length(sku) <= 40),
    product_id     bigint      not null references shop_products (id) on delete cascade,
    -- e.g. "90 cm, firm"; empty for a product sold in one form only
    label          text        not null default '' check (length(label) <= 80),
    size           text check (length(size) <= 40),
    firmness       text check (firmness in ('SOFT', 'MEDIUM', 'FIRM')),
    -- Prices include tax (what the customer pays); tax_rate_bp is the included rate in basis points (2000 = 20 %).
    price_minor    bigint      not null check (price_minor > 0),
    currency       text        not null check (currency ~ '^[A-Z]{3}$'),
    tax_rate_bp    integer     not null default 0 check (tax_rate_bp between 0 and 10000),
    stock          integer     not null check (stock >= 0),
    low_stock_at   integer     not null default 3 check (low_stock_at >= 0),
    sort_order     smallint    not null default 0,
    active         boolean     not null default true
);
create index shop_variants_product on shop_variants (product_id);

-- Every change of stock other than a sale or a restock of a cancelled order, with its reason (history kept).
create table shop_stock_adjustments (
    id             bigint generated always as identity primary key,
    sku            text        not null references shop_variants (sku) on delete cascade,
    delta          integer     not null,
    stock_after    integer     not null check (stock_after >= 0),
    reason         text        not null check (length(btrim(reason)) between 1 and 200),
    actor_id       bigint references accounts (id),
    adjusted_at    timestamptz not null default now()
);
create index shop_stock_adjustments_sku on shop_stock_adjustments (sku, adjusted_at desc);

-- Days the shop does not dispatch, besides Saturdays and Sundays.
create table shop_holidays (
    day  date primary key,
    name text not null check (length(btrim(name)) between 1 and 80)
);

-- Countries the shop ships to (ISO 3166-1 alpha-2); age-restricted products only where allows_restricted.
create table shop_destinations (
    country           text    primary key check (country ~ '^[A-Z]{2}$'),
    name              text    not null check (length(btrim(name)) between 1 and 80),
    allows_restricted boolean not null default false
);
