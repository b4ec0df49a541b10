package org.backcare.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backcare.identity.People;
import org.backcare.shop.Fulfilment.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The orders as the practice works through them: by state, late to ship, and one order in full. */
@Component
class OrderBook {

	static final int PAGE = 200;

	private final JdbcClient jdbc;

	private final People people;

	private final ShopSettings settings;

	private final Clock clock;

	OrderBook(JdbcClient jdbc, People people, ShopSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	record Row(long id, String email, String name, State state, Money total, Instant placedAt, LocalDate shipBy,
			int units) {
	}

	record Late(long id, String email, String name, State state, Instant placedAt, LocalDate shipBy, long daysLate) {
	}

	record Address(String name, String line1, String line2, String city, String region, String postalCode,
			String country) {
	}

	record Line(String sku, String productName, String variantLabel, Money unitPrice, int quantity) {

		Money total() {
			return unitPrice.times(quantity);
		}
	}

	/** @param actor who moved the order, or null when nobody at the practice did (the customer placed it) */
	record Entry(State state, String note, String actor, Instant at) {
	}

	record Sheet(long id, String email, State state, Address address, String shippingMethod, String paymentMethod,
			String paymentReference, Money subtotal, Money shipping, Money tax, Money total, Instant placedAt,
			LocalDate shipBy, String carrier, String trackingNumber, List<Line> lines, List<Entry> history) {

		Fulfilment fulfilment() {
			return new Fulfilment(id, state);
		}

		String trackingUrl() {
			return carrier == null ? null : Carriers.trackingUrl(carrier, trackingNumber);
		}
	}

	/** Today where the shop dispatches: ship-by dates are days there. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(settings.timeZone()));
	}

	Map<State, Integer> counts() {
		var counts = new EnumMap<State, Integer>(State.class);
		for (State state : State.values()) {
			counts.put(state, 0);
		}
		jdbc.sql("select status, count(*) as n from shop_orders group by status")
			.query((ResultSet row) -> {
				counts.put(State.valueOf(row.getString("status")), row.getInt("n"));
			});
		return counts;
	}

	/** Oldest first: the next one to work on is on top. */
	List<Row> inState(State state) {
		return jdbc.sql("""
				select o.id, o.email, o.ship_name, o.status, o.total_minor, o.currency, o.placed_at, o.ship_by,
				       (select coalesce(sum(quantity), 0) from shop_order_lines l where l.order_id = o.id) as units
				from shop_orders o where o.status = :status order by o.placed_at, o.id limit :limit""")
			.param("status", state.name())
			.param("limit", PAGE)
			.query((row, n) -> new Row(row.getLong("id"), row.getString("email"), row.getString("ship_name"),
					State.valueOf(row.getString("status")), money(row, "total_minor"),
					row.getTimestamp("placed_at").toInstant(), row.getObject("ship_by", LocalDate.class),
					row.getInt("units")))
			.list();
	}

	/** Orders still to ship whose ship-by day has passed, the longest overdue first. */
	List<Late> late() {
		LocalDate today = today();
		return jdbc.sql("""
				select id, email, ship_name, status, placed_at, ship_by from shop_orders
				where status in ('PLACED', 'PAID', 'PACKED') and ship_by < :today order by ship_by, placed_at, id""")
			.param("today", today)
			.query((row, n) -> {
				LocalDate shipBy = row.getObject("ship_by", LocalDate.class);
				return new Late(row.getLong("id"), row.getString("email"), row.getString("ship_name"),
						State.valueOf(row.getString("status")), row.getTimestamp("placed_at").toInstant(), shipBy,
						ChronoUnit.DAYS.between(shipBy, today));
			})
			.list();
	}

	int lateCount() {
		return jdbc.sql("select count(*) from shop_orders where status in ('PLACED', 'PAID', 'PACKED') and ship_by < :today")
			.param("today", today())
			.query(Integer.class)
			.single();
	}

	Optional<Sheet> sheet(long id) {
		List<Line> lines = jdbc.sql("""
				select l.sku, l.product_name, l.variant_label, l.unit_price_minor, l.quantity, o.currency
				from shop_order_lines l join shop_orders o on o.id = l.order_id
				where l.order_id = :id order by l.product_name, l.sku""")
			.param("id", id)
			.query((row, n) -> new Line(row.getString("sku"), row.getString("product_name"),
					row.getString("variant_label"), money(row, "unit_price_minor"), row.getInt("quantity")))
			.list();
		return jdbc.sql("select * from shop_orders where id = :id")
			.param("id", id)
			.query((row, n) -> new Sheet(id, row.getString("email"), State.valueOf(row.getString("status")),
					new Address(row.getString("ship_name"), row.getString("ship_line1"), row.getString("ship_line2"),
							row.getString("ship_city"), row.getString("ship_region"), row.getString("ship_postal_code"),
							row.getString("ship_country")),
					row.getString("shipping_method"), row.getString("payment_method"),
					row.getString("payment_reference"), money(row, "subtotal_minor"), money(row, "shipping_minor"),
					money(row, "tax_minor"), money(row, "total_minor"), row.getTimestamp("placed_at").toInstant(),
					row.getObject("ship_by", LocalDate.class), row.getString("carrier"),
					row.getString("tracking_number"), lines, history(id)))
			.optional();
	}

	private List<Entry> history(long id) {
		record Raw(State state, String note, Long actorId, Instant at) {
		}
		List<Raw> raw = jdbc.sql("select status, note, actor_id, at from shop_order_history where order_id = :id order by at, id")
			.param("id", id)
			.query((row, n) -> new Raw(State.valueOf(row.getString("status")), row.getString("note"),
					row.getObject("actor_id", Long.class), row.getTimestamp("at").toInstant()))
			.list();
		Map<Long, String> names = people.namesOf(raw.stream().map(Raw::actorId).filter(actor -> actor != null).toList());
		return raw.stream()
			.map(entry -> new Entry(entry.state(), entry.note(),
					entry.actorId() == null ? null : names.get(entry.actorId()),
					entry.at()))
			.toList();
	}

	private static Money money(ResultSet row, String column) throws SQLException {
		return new Money(row.getLong(column), Currency.getInstance(row.getString("currency")));
	}
}
