package org.backcare.shop;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products, variants and orders for the admin tests, written straight into the shop's tables (as the catalogue
 * and checkout would leave them), each with its own slug, SKU and order id so tests sharing a database never meet.
 */
final class ShopFloor {

	static final String CATEGORY = "fulfilment-tests";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	ShopFloor(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("insert into shop_categories (slug, name, sort_order) values (:slug, 'Fulfilment tests', 99) on conflict do nothing")
			.param("slug", CATEGORY)
			.update();
		jdbc.sql("insert into shop_destinations (country, name, allows_restricted) values ('US', 'United States', true) on conflict do nothing")
			.update();
	}

	long product(String name) {
		return jdbc.sql("""
				insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not,
				                           image_path, image_alt)
				values (:slug, :name, :category, 'A test product.', 'Testing.', 'Carefully.', 'Nobody in particular.',
				        '/images/test.svg', 'A test image')
				returning id""")
			.param("slug", "test-product-" + unique().toLowerCase())
			.param("name", name)
			.param("category", CATEGORY)
			.query(Long.class)
			.single();
	}

	/** A variant priced $24.00 (8.25 % tax included). */
	String variant(long productId, int stock, int lowStockAt) {
		String sku = "T-" + unique();
		jdbc.sql("""
				insert into shop_variants (sku, product_id, label, price_minor, currency, tax_rate_bp, stock, low_stock_at)
				values (:sku, :product, 'Test size', 2400, 'USD', 825, :stock, :low)""")
			.param("sku", sku)
			.param("product", productId)
			.param("stock", stock)
			.param("low", lowStockAt)
			.update();
		return sku;
	}

	/** A product with one variant; answers the SKU. */
	String variant(String productName, int stock, int lowStockAt) {
		return variant(product(productName), stock, lowStockAt);
	}

	/** An order of these SKUs and quantities in this state, as checkout wrote it (stock already taken). */
	long order(String email, Fulfilment.State state, LocalDate shipBy, Map<String, Integer> lines) {
		long subtotal = 2400L * lines.values().stream().mapToInt(Integer::intValue).sum();
		boolean shipped = state == Fulfilment.State.SHIPPED || state == Fulfilment.State.DELIVERED;
		long id = jdbc.sql("""
				insert into shop_orders (email, status, idempotency_key, request_hash, access_token_hash, ship_name,
				    ship_line1, ship_city, ship_region, ship_postal_code, ship_country, shipping_method, payment_method,
				    currency, subtotal_minor, shipping_minor, tax_minor, total_minor, placed_at, ship_by, carrier,
				    tracking_number)
				values (:email, :status, :key, 'hash', :token, 'Sam Client', '1 Main Street', 'Chicago', 'IL', '60601',
				    'US', 'STANDARD', 'BANK_TRANSFER', 'USD', :subtotal, 0, 0, :subtotal, :placed, :shipBy, :carrier,
				    :tracking)
				returning id""")
			.param("email", email)
			.param("status", state.name())
			.param("key", "test-key-" + UUID.randomUUID())
			.param("token", "test-token-" + UUID.randomUUID())
			.param("subtotal", subtotal)
			.param("placed", Timestamp.from(Instant.now().minusSeconds(86_400L * 3)))
			.param("shipBy", shipBy)
			.param("carrier", shipped ? "UPS" : null)
			.param("tracking", shipped ? "1Z999" : null)
			.query(Long.class)
			.single();
		lines.forEach((sku, quantity) -> jdbc.sql("""
				insert into shop_order_lines (order_id, sku, product_name, variant_label, unit_price_minor, tax_rate_bp, quantity)
				select :order, v.sku, p.name, v.label, v.price_minor, v.tax_rate_bp, :quantity
				from shop_variants v join shop_products p on p.id = v.product_id where v.sku = :sku""")
			.param("order", id)
			.param("sku", sku)
			.param("quantity", quantity)
			.update());
		jdbc.sql("insert into shop_order_history (order_id, status) values (:order, 'PLACED')").param("order", id).update();
		return id;
	}

	int stock(String sku) {
		return jdbc.sql("select stock from shop_variants where sku = :sku").param("sku", sku).query(Integer.class).single();
	}

	String status(long orderId) {
		return jdbc.sql("select status from shop_orders where id = :id").param("id", orderId).query(String.class).single();
	}

	/** A sale's stock decrement as checkout does it: one conditional update; false when sold out. */
	boolean sell(String sku, int quantity) {
		return jdbc.sql("update shop_variants set stock = stock - :n where sku = :sku and stock >= :n")
			.param("n", quantity)
			.param("sku", sku)
			.update() == 1;
	}

	private static String unique() {
		return SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}
}
