package org.backcare.shop;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.backcare.identity.Secrets;

/**
 * What a customer asks to buy, from the checkout form or the API: the same rules and the same order either way.
 * Prices are never part of it: the server reads them.
 */
record OrderRequest(List<Item> items, String email, Address address, ShippingMethod shipping, PaymentMethod payment,
		boolean ageConfirmed) {

	record Item(String sku, int quantity) {
	}

	OrderRequest {
		items = List.copyOf(items);
		email = email == null ? "" : email.strip();
	}

	List<String> skus() {
		return items.stream().map(Item::sku).toList();
	}

	/**
	 * SHA-256 of what the request means (items in SKU order, trimmed fields), so a retry with the same key and the
	 * same request finds its order, and the same key with another request is refused.
	 */
	String hash() {
		String lines = items.stream()
			.sorted(Comparator.comparing(Item::sku))
			.map(item -> item.sku() + "*" + item.quantity())
			.collect(Collectors.joining(","));
		String canonical = String.join("\n", lines, email.toLowerCase(Locale.ROOT), address.name(), address.line1(),
				address.line2(), address.city(), address.region(), address.postalCode(), address.country(),
				String.valueOf(shipping), String.valueOf(payment), String.valueOf(ageConfirmed));
		return Secrets.hash(canonical);
	}

	/** The constant of this name, or null for a value the shop doesn't know (the checks then name the field). */
	static <E extends Enum<E>> E known(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}
}
