package org.backcare.notifications;

import java.util.Map;

import org.backcare.identity.Admins;
import org.backcare.platform.PublicLinks;
import org.backcare.shop.StockRanLow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the admins when a variant falls to its low-stock level, so they reorder in time. Synchronous like
 * {@link IdentityMail} (ADR 0003): the alert commits with the sale or adjustment that caused it.
 */
@Component
class StockMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final Admins admins;

	private final PublicLinks links;

	StockMail(Outbox outbox, MailTemplates templates, Admins admins, PublicLinks links) {
		this.outbox = outbox;
		this.templates = templates;
		this.admins = admins;
		this.links = links;
	}

	@EventListener
	void on(StockRanLow event) {
		String what = event.productName() + (event.variantLabel().isEmpty() ? "" : ", " + event.variantLabel());
		String subject = (event.soldOut() ? "Out of stock: " : "Low stock: ") + what + " (" + event.sku() + ")";
		for (String admin : admins.addresses()) {
			outbox.add(templates.write("stock-ran-low", admin, subject, Map.of("what", what, "sku", event.sku(), "stock",
					event.stock(), "lowStockAt", event.lowStockAt(), "link", links.to("/admin/shop/stock/" + event.sku()))));
		}
	}
}
