package org.backcare.shop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checkout's rules for a request that could be read: a deliverable address in a country the shop ships
 * to, an email address, products that exist, and the age confirmation and an allowing destination for
 * age-restricted products. Pure: the variants and the destination come in as values. Field names are the form's;
 * the API puts its prefix before the address fields.
 */
final class OrderCheck {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private OrderCheck() {
	}

	static Map<String, String> problems(OrderRequest request, Map<String, Variants.Variant> variants,
			Optional<Destinations.Destination> destination, ShopSettings settings, String addressPrefix) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (request.email().length() > 254 || !EMAIL.matcher(request.email()).matches()) {
			problems.put("email", "Enter an email address like name@example.com.");
		}
		Address address = request.address();
		required(problems, addressPrefix + "name", address.name(), 120, "Enter the name to ship to.");
		required(problems, addressPrefix + "line1", address.line1(), 120, "Enter the street and number.");
		optional(problems, addressPrefix + "line2", address.line2(), 120);
		required(problems, addressPrefix + "city", address.city(), 80, "Enter the town or city.");
		optional(problems, addressPrefix + "region", address.region(), 80);
		required(problems, addressPrefix + "postalCode", address.postalCode(), 16, "Enter the postal code.");
		if (destination.isEmpty()) {
			problems.put(addressPrefix + "country", "Choose a country we ship to.");
		}
		if (request.shipping() == null || !request.shipping().offered(settings)) {
			problems.put("shippingMethod", "Choose a shipping method.");
		}
		if (request.payment() == null) {
			problems.put("paymentMethod", "Choose how you will pay.");
		}
		boolean restricted = false;
		for (int i = 0; i < request.items().size(); i++) {
			Variants.Variant variant = variants.get(request.items().get(i).sku());
			if (variant == null || !variant.sellable()) {
				problems.put("items[" + i + "].sku", "We don't sell a product with this SKU.");
			}
			else {
				restricted |= variant.ageRestricted();
			}
		}
		if (restricted && !request.ageConfirmed()) {
			problems.put("ageConfirmed", "Confirm that you are old enough to buy CBD products where you live.");
		}
		if (restricted && destination.isPresent() && !destination.get().allowsRestricted()) {
			problems.put(addressPrefix + "country",
					"We can't ship CBD products to " + destination.get().name() + ". Remove them from your cart or choose another country.");
		}
		return problems;
	}

	private static void required(Map<String, String> problems, String field, String value, int max, String missing) {
		if (value.isEmpty()) {
			problems.put(field, missing);
		}
		else {
			optional(problems, field, value, max);
		}
	}

	private static void optional(Map<String, String> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.put(field, "Use at most " + max + " characters.");
		}
	}
}
