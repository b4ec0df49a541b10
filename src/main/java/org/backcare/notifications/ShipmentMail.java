package org.backcare.notifications;

import java.util.Map;

import org.backcare.shop.OrderShipped;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer their order is on its way, with the carrier and the tracking number (and the carrier's
 * tracking page when we know it). Synchronous like {@link IdentityMail} (ADR 0003): it commits with the shipment.
 */
@Component
class ShipmentMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	ShipmentMail(Outbox outbox, MailTemplates templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	@EventListener
	void on(OrderShipped event) {
		outbox.add(templates.write("order-shipped", event.email(), "Your BackCare order " + event.orderId() + " is on its way",
				Map.of("shipment", event)));
	}
}
