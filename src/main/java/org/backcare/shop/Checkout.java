package org.backcare.shop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places orders, exactly once per key and never beyond the stock. One transaction claims the key (the order row,
 * unique on it), writes the lines, history and confirmation email (through {@link OrderPlaced}) and takes each
 * line off the shelf with a conditional update. A line that does not fit rolls all of it back. A second request
 * with the same key waits on the unique index for the first and then finds its order (ADR 0009).
 */
@Component
class Checkout {

	/** @param created false when the key had already placed this order (a retry or a double click) */
	record Placement(Order order, boolean created) {
	}

	private final Orders orders;

	private final Dispatch dispatch;

	private final Payments payments;

	private final ShopSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LowStock lowStock;

	Checkout(Orders orders, Dispatch dispatch, Payments payments, ShopSettings settings,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, LowStock lowStock) {
		this.orders = orders;
		this.dispatch = dispatch;
		this.payments = payments;
		this.settings = settings;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.lowStock = lowStock;
	}

	/**
	 * Call {@link #earlier} first: this places the order, and only meets the key again when a request with the
	 * same key was placing it at the same moment.
	 *
	 * @param shelf the order's variants, read when the request was checked: their prices make the order
	 * @param account the signed-in customer, or null for a guest
	 * @param key the API's Idempotency-Key or the checkout form's token, namespaced by the caller
	 * @param accessToken the secret of the guest link (only its hash is stored)
	 * @param alsoOnSuccess more work for the same transaction, e.g. emptying the cart the order came from
	 * @throws SoldOut when a line does not fit the stock; nothing was written
	 * @throws KeyReused when the key placed an order for a different request
	 */
	Placement place(OrderRequest request, Map<String, Variants.Variant> shelf, Long account, String key,
			String accessToken, Runnable alsoOnSuccess) {
		try {
			return transactions.execute(status -> {
				Order order = write(request, shelf, account, key, accessToken);
				alsoOnSuccess.run();
				return new Placement(order, true);
			});
		}
		catch (DuplicateKeyException sameKeyMeanwhile) {
			return earlier(key, request).orElseThrow(() -> sameKeyMeanwhile);
		}
	}

	/**
	 * The order this key already placed, if any.
	 *
	 * @throws KeyReused when the key placed an order for a different request
	 */
	Optional<Placement> earlier(String key, OrderRequest request) {
		return orders.byKey(key).map(keyed -> {
			if (!keyed.requestHash().equals(request.hash())) {
				throw new KeyReused();
			}
			return new Placement(orders.withId(keyed.id()).orElseThrow(), false);
		});
	}

	/** The order a key placed, whatever the request: a checkout form sent twice finds the first one's order. */
	Optional<Order> placedWith(String key) {
		return orders.byKey(key).flatMap(keyed -> orders.withId(keyed.id()));
	}

	private Order write(OrderRequest request, Map<String, Variants.Variant> shelf, Long account, String key,
			String accessToken) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// SKU order: two orders for the same products lock their rows in the same order, so they never deadlock.
		List<OrderLine> lines = request.items().stream().sorted(Comparator.comparing(OrderRequest.Item::sku)).map(item -> {
			Variants.Variant variant = shelf.get(item.sku());
			if (variant == null || !variant.sellable()) {
				throw new SoldOut(item.sku(), variant == null ? item.sku() : variant.productName());
			}
			return variant.line(item.quantity());
		}).toList();
		Totals totals = Totals.of(lines, request.shipping(), settings);
		LocalDate shipBy = dispatch.calendar().shipBy(now);
		long id = orders.insert(request, account, key, accessToken, totals, now, shipBy);
		lines.forEach(line -> orders.insertLine(id, line));
		orders.recordHistory(id, "PLACED", null, account);
		Order order = new Order(id, account, request.email(), "PLACED", now, shipBy, request.address(),
				request.shipping(), request.payment(), totals, lines);
		events.publishEvent(placed(order, accessToken, payments.next(order).instructions()));
		// The stock last: a variant's row stays locked from its update to the commit, and buyers of the same
		// product queue on that lock, so nothing else happens in between.
		for (OrderLine line : lines) {
			if (!orders.reserve(line.sku(), line.quantity())) {
				throw new SoldOut(line.sku(), line.name());
			}
		}
		lowStock.checkAfterSale(lines.stream().collect(Collectors.toMap(OrderLine::sku, OrderLine::quantity)));
		return order;
	}

	private OrderPlaced placed(Order order, String accessToken, String instructions) {
		List<OrderPlaced.Line> lines = order.lines()
			.stream()
			.map(line -> new OrderPlaced.Line(line.name(), line.quantity(), line.total()))
			.toList();
		Totals totals = order.totals();
		return new OrderPlaced(order.id(), order.email(), order.accountId(), accessToken, lines, totals.subtotal(),
				totals.shipping(), totals.tax(), totals.total(), order.shipBy(), settings.timeZone(),
				order.payment().label(), instructions);
	}
}
