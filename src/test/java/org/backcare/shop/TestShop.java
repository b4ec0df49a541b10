package org.backcare.shop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.backcare.homecare.ProductTag;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products for shop tests, inserted directly, in a database tests share: each product gets a slug of its own.
 * {@code TestShop.product(jdbc, "Foam roller").variant("FR-1", 24_00, 10).create()}, or in one line
 * {@code TestShop.product(jdbc, TestShop.sku("FR"), 24_00, 10)}.
 */
final class TestShop {

	static final String CATEGORY = "test-products";

	private TestShop() {
	}

	/** A SKU no other test uses, e.g. FR-3F2A9C1B. */
	static String sku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** A product sold in one form, in the test category; returns its slug. */
	static String product(JdbcClient jdbc, String sku, long priceMinor, int stock) {
		return product(jdbc, "Test product " + sku).variant(sku, priceMinor, stock).create().slug();
	}

	static Builder product(JdbcClient jdbc, String name) {
		return new Builder(jdbc, name);
	}

	/** A category of its own for a test (so filters see only that test's products); returns its slug. */
	static String category(JdbcClient jdbc, String name, String parentSlug) {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into shop_categories (slug, name, parent_slug, sort_order) values (?, ?, ?, 900)")
			.params(slug, name, parentSlug)
			.update();
		return slug;
	}

	record Created(long id, String slug) {
	}

	private record Variant(String sku, String label, String size, String firmness, long priceMinor, int stock) {
	}

	static final class Builder {

		private final JdbcClient jdbc;

		private final String name;

		private String category = CATEGORY;

		private String summary;

		private ProductTag tag;

		private CushionPlace[] places = {};

		private boolean ageRestricted;

		private final List<Variant> variants = new ArrayList<>();

		private Builder(JdbcClient jdbc, String name) {
			this.jdbc = jdbc;
			this.name = name;
			this.summary = "A test product: " + name + ".";
		}

		Builder category(String slug) {
			this.category = slug;
			return this;
		}

		Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		Builder tag(ProductTag tag) {
			this.tag = tag;
			return this;
		}

		Builder places(CushionPlace... places) {
			this.places = places;
			return this;
		}

		Builder ageRestricted() {
			this.ageRestricted = true;
			return this;
		}

		/** A variant with no size or firmness, low on stock at 3 units. */
		Builder variant(String sku, long priceMinor, int stock) {
			return variant(sku, "", null, null, priceMinor, stock);
		}

		Builder variant(String sku, String label, String size, String firmness, long priceMinor, int stock) {
			variants.add(new Variant(sku, label, size, firmness, priceMinor, stock));
			return this;
		}

		Created create() {
			jdbc.sql("""
					insert into shop_categories (slug, name, sort_order) values (:slug, 'Test products', 999)
					on conflict do nothing""").param("slug", CATEGORY).update();
			String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
					+ UUID.randomUUID().toString().substring(0, 8);
			long id = jdbc.sql("""
					insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not,
					    product_tag, age_restricted, places, image_path, image_alt)
					values (:slug, :name, :category, :summary, 'For testing.', 'Carefully.', 'Nobody in particular.', :tag,
					    :ageRestricted, cast(:places as text[]), '/images/shop/foam-roller-smooth.svg', :alt)
					returning id""")
				.param("slug", slug)
				.param("name", name)
				.param("category", category)
				.param("summary", summary)
				.param("tag", tag == null ? null : tag.name())
				.param("ageRestricted", ageRestricted)
				.param("places", Arrays.stream(places).map(Enum::name).toArray(String[]::new))
				.param("alt", "A picture of " + name)
				.query(Long.class)
				.single();
			int position = 0;
			for (Variant variant : variants) {
				jdbc.sql("""
						insert into shop_variants (sku, product_id, label, size, firmness, price_minor, currency, stock, sort_order)
						values (?, ?, ?, ?, ?, ?, 'USD', ?, ?)""")
					.params(variant.sku(), id, variant.label(), variant.size(), variant.firmness(), variant.priceMinor(),
							variant.stock(), position++)
					.update();
			}
			return new Created(id, slug);
		}
	}
}
