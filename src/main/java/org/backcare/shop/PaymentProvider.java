package org.backcare.shop;

import java.net.URI;

/**
 * Takes the payment for an order once it is placed (ADR 0009). The built-in {@link ManualPayment} leaves the
 * order unpaid with instructions; a card provider (Stripe Checkout) would be one more implementation whose next
 * step sends the customer to its hosted payment page and marks the order paid from its webhook.
 */
interface PaymentProvider {

	boolean handles(PaymentMethod method);

	/** Called in the order's transaction, right after it is placed, and again whenever the order is shown. */
	NextStep next(Order order);

	/**
	 * @param payAt where to send the customer to pay now, or null when there is nothing to do online
	 * @param instructions what the customer does to pay, for the confirmation page and email
	 */
	record NextStep(URI payAt, String instructions) {
	}
}
