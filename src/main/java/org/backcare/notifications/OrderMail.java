package org.backcare.notifications;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.backcare.platform.PublicLinks;
import org.backcare.shop.OrderPlaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The order confirmation, written to the outbox in the order's own transaction like the booking emails
 * (ADR 0003): the event carries the guest link's secret, which must not rest in the event registry.
 */
@Component
class OrderMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private final Outbox outbox;

	private final MailTemplates templates;

	private final PublicLinks links;

	OrderMail(Outbox outbox, MailTemplates templates, PublicLinks links) {
		this.outbox = outbox;
		this.templates = templates;
		this.links = links;
	}

	@EventListener
	void on(OrderPlaced order) {
		Map<String, Object> params = new HashMap<>();
		params.put("order", order);
		params.put("number", "BC-" + order.orderId());
		params.put("shipBy", DAY.format(order.shipBy()));
		params.put("link", links.to(order.orderPath()));
		outbox.add(templates.write("order-placed", order.email(),
				"Order BC-" + order.orderId() + " placed: ships by " + DAY.format(order.shipBy()), params));
	}
}
