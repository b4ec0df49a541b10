package org.backcare.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.backcare.platform.AuditLog;
import org.backcare.shop.Fulfilment.Move;
import org.backcare.shop.Fulfilment.State;
import org.backcare.shop.Fulfilment.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an order along, one transaction per step: the order row is locked first, so two admins clicking at once
 * take turns and the second finds the order already moved (and its goods restocked once, never twice).
 */
@Component
class Fulfilments {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Fulfilments(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** Pack, deliver, cancel or refund. */
	@Transactional
	Move take(long orderId, Step step, long actorId) {
		if (step == Step.MARK_PAID || step == Step.SHIP) {
			throw new IllegalArgumentException(step + " needs its details");
		}
		return move(orderId, step, actorId, null, Map.of());
	}

	@Transactional
	Move markPaid(long orderId, String paymentReference, long actorId) {
		return move(orderId, Step.MARK_PAID, actorId, "Payment " + paymentReference,
				Map.of("payment_reference", paymentReference));
	}

	@Transactional
	Move ship(long orderId, String carrier, String trackingNumber, long actorId) {
		var extra = new LinkedHashMap<String, Object>();
		extra.put("carrier", carrier);
		extra.put("tracking_number", trackingNumber);
		Move move = move(orderId, Step.SHIP, actorId, carrier + " " + trackingNumber, extra);
		events.publishEvent(shipped(orderId, carrier, trackingNumber));
		return move;
	}

	private Move move(long orderId, Step step, long actorId, String note, Map<String, Object> columns) {
		State state = jdbc.sql("select status from shop_orders where id = :id for update")
			.param("id", orderId)
			.query(String.class)
			.optional()
			.map(State::valueOf)
			.orElseThrow(() -> new OrderNotFound(orderId));
		Move move = new Fulfilment(orderId, state).take(step);
		String sets = columns.keySet().stream().map(column -> ", " + column + " = :" + column).collect(Collectors.joining());
		jdbc.sql("update shop_orders set status = :status, " + stampOf(move.to()) + " = now()" + sets + " where id = :id")
			.param("status", move.to().name())
			.param("id", orderId)
			.params(columns)
			.update();
		String restocked = move.restock() ? restock(orderId) : null;
		jdbc.sql("insert into shop_order_history (order_id, status, note, actor_id) values (:id, :status, :note, :actor)")
			.param("id", orderId)
			.param("status", move.to().name())
			.param("note", joined(note, restocked))
			.param("actor", actorId)
			.update();
		audit.record(actorId, "shop.order." + step.name().toLowerCase().replace('_', '-'), "order:" + orderId);
		return move;
	}

	/** Every line back on the shelf; rows locked in SKU order, as every writer of stock should, so none deadlock. */
	private String restock(long orderId) {
		jdbc.sql("""
				select v.sku from shop_variants v join shop_order_lines l on l.sku = v.sku
				where l.order_id = :id order by v.sku for update of v""").param("id", orderId).query(String.class).list();
		int units = jdbc.sql("select coalesce(sum(quantity), 0) from shop_order_lines where order_id = :id")
			.param("id", orderId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				update shop_variants v set stock = v.stock + l.quantity
				from shop_order_lines l where l.order_id = :id and l.sku = v.sku""").param("id", orderId).update();
		return "Restocked " + units + (units == 1 ? " unit" : " units");
	}

	private OrderShipped shipped(long orderId, String carrier, String trackingNumber) {
		List<OrderShipped.Line> lines = jdbc.sql("""
				select sku, product_name, variant_label, quantity from shop_order_lines
				where order_id = :id order by product_name, sku""")
			.param("id", orderId)
			.query((row, n) -> new OrderShipped.Line(row.getString("sku"), row.getString("product_name"),
					row.getString("variant_label"), row.getInt("quantity")))
			.list();
		return jdbc.sql("select email, ship_name from shop_orders where id = :id")
			.param("id", orderId)
			.query((row, n) -> new OrderShipped(orderId, row.getString("email"), row.getString("ship_name"), carrier,
					trackingNumber, Carriers.trackingUrl(carrier, trackingNumber), lines))
			.single();
	}

	private static String joined(String note, String restocked) {
		if (note == null) {
			return restocked;
		}
		return restocked == null ? note : note + ". " + restocked;
	}

	private static String stampOf(State state) {
		return switch (state) {
			case PAID -> "paid_at";
			case PACKED -> "packed_at";
			case SHIPPED -> "shipped_at";
			case DELIVERED -> "delivered_at";
			case CANCELLED -> "cancelled_at";
			case REFUNDED -> "refunded_at";
			case PLACED -> "placed_at";
		};
	}
}
