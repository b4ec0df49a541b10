package org.backcare.shop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backcare.identity.People;
import org.backcare.identity.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few past orders, one in each state the admin's order pages show, so the demo has something to pack and ship:
 * Sam's delivered and just-placed orders, guests' shipped, packed and cancelled ones, and a paid order past its
 * ship-by date for the late-to-ship list. Written once (by their keys); their stock is already counted in the
 * demo's stock levels, so nothing is reserved here.
 */
@Component
@Profile("demo")
class DemoOrders {

	private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

	private record Past(String key, String email, boolean sam, String status, int daysAgo, String sku,
			String product, long priceMinor, int quantity) {
	}

	private static final List<Past> ORDERS = List.of(
			new Past("demo-order-1", "client1@demo.backcare.test", true, "DELIVERED", 30, "SC-MEMORY-STD",
					"Memory-foam seat cushion", 49_00, 1),
			new Past("demo-order-2", "jordan.lee@example.org", false, "SHIPPED", 6, "FR-SMOOTH-45-SOFT",
					"Smooth foam roller", 24_00, 1),
			new Past("demo-order-3", "ana.ruiz@example.org", false, "PACKED", 2, "HP-WHEAT-LUMBAR",
					"Wheat heat pack", 29_00, 2),
			new Past("demo-order-4", "chris.okoro@example.org", false, "PAID", 9, "MB-PAIR-SOFT",
					"Massage ball pair", 16_00, 1),
			new Past("demo-order-5", "pat.nguyen@example.org", false, "CANCELLED", 12, "TP-HOOK",
					"Trigger-point hook tool", 34_00, 1),
			new Past("demo-order-6", "client1@demo.backcare.test", true, "PLACED", 0, "KT-ROLL-5M",
					"Kinesiology tape", 12_00, 2));

	private final JdbcClient jdbc;

	private final People people;

	private final Dispatch dispatch;

	private final Clock clock;

	DemoOrders(JdbcClient jdbc, People people, Dispatch dispatch, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.dispatch = dispatch;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(75)
	@Transactional
	public void placePastOrders() {
		BusinessCalendar calendar = dispatch.calendar();
		int placed = 0;
		for (Past past : ORDERS) {
			boolean there = jdbc.sql("select exists (select 1 from shop_orders where idempotency_key = :key)")
				.param("key", past.key())
				.query(Boolean.class)
				.single();
			boolean sold = jdbc.sql("select exists (select 1 from shop_variants where sku = :sku)")
				.param("sku", past.sku())
				.query(Boolean.class)
				.single();
			if (!there && sold) {
				write(past, calendar);
				placed++;
			}
		}
		if (placed > 0) {
			log.info("Demo shop: {} past orders placed", placed);
		}
	}

	private void write(Past past, BusinessCalendar calendar) {
		Instant at = clock.instant().minus(Duration.ofDays(past.daysAgo())).minus(Duration.ofHours(3));
		LocalDate shipBy = calendar.shipBy(at);
		Long account = past.sam() ? people.withEmail(past.email()).map(p -> p.id().value()).orElse(null) : null;
		long total = past.priceMinor() * past.quantity();
		long id = jdbc.sql("""
				insert into shop_orders (account_id, email, status, idempotency_key, request_hash, access_token_hash,
				    ship_name, ship_line1, ship_city, ship_region, ship_postal_code, ship_country, shipping_method,
				    payment_method, payment_reference, currency, subtotal_minor, shipping_minor, tax_minor, total_minor,
				    placed_at, ship_by, paid_at, packed_at, shipped_at, delivered_at, cancelled_at, carrier, tracking_number)
				values (:account, :email, :status, :key, 'demo', :token, :name, '27 Lakeview Terrace', 'Chicago', 'IL',
				    '60614', 'US', 'STANDARD', 'BANK_TRANSFER', :reference, 'USD', :total, 0, 0, :total, :at, :shipBy,
				    :paidAt, :packedAt, :shippedAt, :deliveredAt, :cancelledAt, :carrier, :tracking)
				returning id""")
			.param("account", account)
			.param("email", past.email())
			.param("status", past.status())
			.param("key", past.key())
			.param("token", Secrets.hash(Secrets.newToken()))
			.param("name", past.sam() ? "Sam Carter" : nameFrom(past.email()))
			.param("reference", reached(past, "PAID") ? "Transfer " + past.key().toUpperCase() : null)
			.param("total", total)
			.param("at", Timestamp.from(at))
			.param("shipBy", shipBy)
			.param("paidAt", reached(past, "PAID") ? Timestamp.from(at.plus(Duration.ofHours(20))) : null)
			.param("packedAt", reached(past, "PACKED") ? Timestamp.from(at.plus(Duration.ofHours(26))) : null)
			.param("shippedAt", reached(past, "SHIPPED") ? Timestamp.from(at.plus(Duration.ofHours(28))) : null)
			.param("deliveredAt", reached(past, "DELIVERED") ? Timestamp.from(at.plus(Duration.ofDays(4))) : null)
			.param("cancelledAt", "CANCELLED".equals(past.status()) ? Timestamp.from(at.plus(Duration.ofHours(2))) : null)
			.param("carrier", reached(past, "SHIPPED") ? "USPS" : null)
			.param("tracking", reached(past, "SHIPPED") ? "9400 1000 0000 0000 00" + past.key().charAt(11) + "0" : null)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into shop_order_lines (order_id, sku, product_name, unit_price_minor, tax_rate_bp, quantity)
				values (:id, :sku, :product, :price, 0, :quantity)""")
			.param("id", id)
			.param("sku", past.sku())
			.param("product", past.product())
			.param("price", past.priceMinor())
			.param("quantity", past.quantity())
			.update();
		jdbc.sql("insert into shop_order_history (order_id, status, at) values (:id, :status, :at)")
			.param("id", id)
			.param("status", past.status())
			.param("at", Timestamp.from(at))
			.update();
	}

	private static final List<String> FLOW = List.of("PLACED", "PAID", "PACKED", "SHIPPED", "DELIVERED");

	private static boolean reached(Past past, String state) {
		int index = FLOW.indexOf(past.status());
		return index >= 0 && index >= FLOW.indexOf(state);
	}

	private static String nameFrom(String email) {
		String[] parts = email.substring(0, email.indexOf('@')).split("\\.");
		return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " "
				+ Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
	}
}
