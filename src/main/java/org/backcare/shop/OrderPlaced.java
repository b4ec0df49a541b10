package org.backcare.shop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An order was placed, with what its confirmation email needs. Published inside the order's transaction and
 * heard synchronously (ADR 0003): it carries the raw secret of the guest link, which must never be stored, so
 * it is not for listeners that run later from the event registry.
 *
 * @param accountId the customer's account, or null for a guest
 * @param accessToken the secret of the guest order link (only its hash is stored)
 * @param shipBy the last day the order ships, a calendar day in {@code zone}
 * @param paymentInstructions what the customer does to pay, in a sentence or two
 */
public record OrderPlaced(long orderId, String email, Long accountId, String accessToken, List<Line> lines,
		Money subtotal, Money shipping, Money tax, Money total, LocalDate shipBy, ZoneId zone, String paymentMethod,
		String paymentInstructions) {

	public OrderPlaced {
		lines = List.copyOf(lines);
	}

	/** @param name the product, with its variant when it has several */
	public record Line(String name, int quantity, Money total) {
	}

	/** Where the customer sees the order: their account's history, or the secret link for a guest. */
	public String orderPath() {
		return accountId != null ? "/account/orders/" + orderId : "/shop/orders/" + orderId + "?token=" + accessToken;
	}
}
