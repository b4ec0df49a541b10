package org.backcare.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.backcare.identity.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders in the database: written by {@link Checkout}, read by their customers. */
@Repository
class Orders {

	/** The key's order and the hash of the request that created it. */
	record Keyed(long id, String requestHash) {
	}

	/** One row of an account's order history. */
	record Summary(long id, String status, Instant placedAt, LocalDate shipBy, Money total, int items) {

		String statusLabel() {
			return status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the order row; a second order with the same key or token fails on the unique index. */
	long insert(OrderRequest request, Long account, String key, String accessToken, Totals totals, Instant placedAt,
			LocalDate shipBy) {
		Address address = request.address();
		return jdbc.sql("""
				insert into shop_orders (account_id, email, idempotency_key, request_hash, access_token_hash,
				    ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country,
				    shipping_method, payment_method, currency, subtotal_minor, shipping_minor, tax_minor, total_minor,
				    age_confirmed, placed_at, ship_by)
				values (:account, :email, :key, :requestHash, :tokenHash, :name, :line1, :line2, :city, :region,
				    :postalCode, :country, :shipping, :payment, :currency, :subtotal, :shippingMinor, :tax, :total,
				    :ageConfirmed, :placedAt, :shipBy)
				returning id""")
			.param("account", account)
			.param("email", request.email())
			.param("key", key)
			.param("requestHash", request.hash())
			.param("tokenHash", Secrets.hash(accessToken))
			.param("name", address.name())
			.param("line1", address.line1())
			.param("line2", address.line2().isEmpty() ? null : address.line2())
			.param("city", address.city())
			.param("region", address.region().isEmpty() ? null : address.region())
			.param("postalCode", address.postalCode())
			.param("country", address.country())
			.param("shipping", request.shipping().name())
			.param("payment", request.payment().name())
			.param("currency", totals.total().currency().getCurrencyCode())
			.param("subtotal", totals.subtotal().minor())
			.param("shippingMinor", totals.shipping().minor())
			.param("tax", totals.tax().minor())
			.param("total", totals.total().minor())
			.param("ageConfirmed", request.ageConfirmed())
			.param("placedAt", Timestamp.from(placedAt))
			.param("shipBy", shipBy)
			.query(Long.class)
			.single();
	}

	/**
	 * Takes {@code quantity} units off the shelf if that many are there: one conditional update, so two orders
	 * can never both take the last unit (the CHECK on stock is the database's guarantee besides).
	 */
	boolean reserve(String sku, int quantity) {
		return jdbc.sql("update shop_variants set stock = stock - :n where sku = :sku and active and stock >= :n")
			.param("n", quantity)
			.param("sku", sku)
			.update() == 1;
	}

	void insertLine(long order, OrderLine line) {
		jdbc.sql("""
				insert into shop_order_lines (order_id, sku, product_name, variant_label, unit_price_minor, tax_rate_bp, quantity)
				values (:order, :sku, :name, :label, :price, :rate, :quantity)""")
			.param("order", order)
			.param("sku", line.sku())
			.param("name", line.productName())
			.param("label", line.variantLabel())
			.param("price", line.unitPrice().minor())
			.param("rate", line.taxRateBp())
			.param("quantity", line.quantity())
			.update();
	}

	void recordHistory(long order, String status, String note, Long actor) {
		jdbc.sql("insert into shop_order_history (order_id, status, note, actor_id) values (:order, :status, :note, :actor)")
			.param("order", order)
			.param("status", status)
			.param("note", note)
			.param("actor", actor)
			.update();
	}

	Optional<Keyed> byKey(String key) {
		return jdbc.sql("select id, request_hash from shop_orders where idempotency_key = :key")
			.param("key", key)
			.query(Keyed.class)
			.optional();
	}

	Optional<Order> withId(long id) {
		return find("id = :id", id, null);
	}

	/** The order behind a guest link; empty for a wrong token, exactly as for an order that does not exist. */
	Optional<Order> withToken(long id, String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return find("id = :id and access_token_hash = :other", id, Secrets.hash(token));
	}

	Optional<Order> ofAccount(long id, long account) {
		return find("id = :id and account_id = :other", id, account);
	}

	List<Summary> historyOf(long account) {
		return jdbc.sql("""
				select o.id, o.status, o.placed_at, o.ship_by, o.total_minor, o.currency,
				       (select sum(quantity) from shop_order_lines l where l.order_id = o.id) as items
				from shop_orders o where account_id = :account order by placed_at desc, id desc limit 200""")
			.param("account", account)
			.query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("status"), rs.getTimestamp("placed_at").toInstant(),
					rs.getObject("ship_by", LocalDate.class), money(rs, "total_minor"), rs.getInt("items")))
			.list();
	}

	private Optional<Order> find(String where, long id, Object other) {
		var statement = jdbc.sql("select * from shop_orders where " + where).param("id", id);
		if (other != null) {
			statement = statement.param("other", other);
		}
		return statement.query((rs, n) -> order(rs, List.of()))
			.optional()
			.map(order -> new Order(order.id(), order.accountId(), order.email(), order.status(), order.placedAt(),
					order.shipBy(), order.address(), order.shipping(), order.payment(), order.totals(), lines(id)));
	}

	private List<OrderLine> lines(long order) {
		return jdbc.sql("""
				select l.*, o.currency from shop_order_lines l join shop_orders o on o.id = l.order_id
				where l.order_id = :order order by l.sku""")
			.param("order", order)
			.query((rs, n) -> new OrderLine(rs.getString("sku"), rs.getString("product_name"), rs.getString("variant_label"),
					money(rs, "unit_price_minor"), rs.getInt("tax_rate_bp"), rs.getInt("quantity")))
			.list();
	}

	private static Order order(ResultSet rs, List<OrderLine> lines) throws SQLException {
		var address = new Address(rs.getString("ship_name"), rs.getString("ship_line1"), rs.getString("ship_line2"),
				rs.getString("ship_city"), rs.getString("ship_region"), rs.getString("ship_postal_code"),
				rs.getString("ship_country"));
		var totals = new Totals(money(rs, "subtotal_minor"), money(rs, "shipping_minor"), money(rs, "tax_minor"),
				money(rs, "total_minor"));
		return new Order(rs.getLong("id"), rs.getObject("account_id", Long.class), rs.getString("email"),
				rs.getString("status"), rs.getTimestamp("placed_at").toInstant(), rs.getObject("ship_by", LocalDate.class),
				address, ShippingMethod.valueOf(rs.getString("shipping_method")),
				PaymentMethod.valueOf(rs.getString("payment_method")), totals, lines);
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		return new Money(rs.getLong(column), Currency.getInstance(rs.getString("currency")));
	}
}
