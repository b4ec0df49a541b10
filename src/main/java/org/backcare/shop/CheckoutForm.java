package org.backcare.shop;

import java.util.List;

import org.backcare.identity.Secrets;

/**
 * The checkout form as posted; every field a string so nothing typed is lost to a binding error.
 *
 * @param token the form's one-time token, issued when the page was first shown: the order's idempotency key, so
 * a double click or a retry finds the same order (and, for a guest, the secret of the order's link)
 */
record CheckoutForm(String token, String email, String name, String line1, String line2, String city,
		String region, String postalCode, String country, String shippingMethod, String paymentMethod,
		String ageConfirmed) {

	static CheckoutForm blank(String email, String country) {
		return new CheckoutForm(Secrets.newToken(), email, "", "", "", "", "", "", country, ShippingMethod.STANDARD.name(),
				null, null);
	}

	boolean hasToken() {
		return token != null && token.matches("[A-Za-z0-9_-]{32,100}");
	}

	/** The key the order is stored under: a hash, so the token itself (the guest link's secret) is stored nowhere. */
	String key() {
		return "form:" + Secrets.hash(token);
	}

	OrderRequest toRequest(List<OrderRequest.Item> items) {
		return new OrderRequest(items, email, new Address(name, line1, line2, city, region, postalCode, country),
				OrderRequest.known(ShippingMethod.class, shippingMethod), OrderRequest.known(PaymentMethod.class, paymentMethod),
				"yes".equals(ageConfirmed));
	}

	String value(String text) {
		return text == null ? "" : text;
	}
}
