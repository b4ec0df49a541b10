package org.backcare.shop;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Products for shop tests, written straight into the catalogue tables, each with a SKU of its own. */
final class Stockroom {

	static final String ALLOWING = "XA";

	static final String REFUSING = "XB";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	Stockroom(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("""
				insert into shop_categories (slug, name, sort_order) values ('test-goods', 'Test goods', 99)
				on conflict do nothing""").update();
		jdbc.sql("""
				insert into shop_destinations (country, name, allows_restricted)
				values ('US', 'United States', true), ('XA', 'Testland Allowing', true), ('XB', 'Testland Refusing', false)
				on conflict do nothing""").update();
	}

	/** A product with one variant; returns its SKU. */
	String product(String name, long priceMinor, int stock) {
		return product(name, priceMinor, stock, 0, false);
	}

	String product(String name, long priceMinor, int stock, int taxRateBp, boolean ageRestricted) {
		String unique = SEQUENCE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
		String sku = ("T-" + unique).toUpperCase(Locale.ROOT);
		long product = jdbc.sql("""
				insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not,
				                           age_restricted, image_path, image_alt)
				values (:slug, :name, 'test-goods', 'For tests.', 'Tests.', 'Carefully.', 'Nobody in particular.',
				        :restricted, '/images/logo.svg', 'A test product')
				returning id""")
			.param("slug", "test-" + unique)
			.param("name", name)
			.param("restricted", ageRestricted)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into shop_variants (sku, product_id, price_minor, currency, tax_rate_bp, stock)
				values (:sku, :product, :price, 'USD', :rate, :stock)""")
			.param("sku", sku)
			.param("product", product)
			.param("price", priceMinor)
			.param("rate", taxRateBp)
			.param("stock", stock)
			.update();
		return sku;
	}

	int stockOf(String sku) {
		return jdbc.sql("select stock from shop_variants where sku = :sku").param("sku", sku).query(Integer.class).single();
	}

	/** Orders with a line of this SKU, and the units they hold. */
	long ordersOf(String sku) {
		return jdbc.sql("select count(*) from shop_order_lines where sku = :sku").param("sku", sku).query(Long.class).single();
	}

	long unitsOrdered(String sku) {
		return jdbc.sql("select coalesce(sum(quantity), 0) from shop_order_lines where sku = :sku")
			.param("sku", sku)
			.query(Long.class)
			.single();
	}

	long ordersTo(String email) {
		return jdbc.sql("select count(*) from shop_orders where email = :email").param("email", email).query(Long.class).single();
	}
}
