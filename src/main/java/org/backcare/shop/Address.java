package org.backcare.shop;

/** Where an order is shipped; country is an ISO 3166-1 alpha-2 code from the shop's destinations. */
record Address(String name, String line1, String line2, String city, String region, String postalCode,
		String country) {

	Address {
		name = clean(name);
		line1 = clean(line1);
		line2 = clean(line2);
		city = clean(city);
		region = clean(region);
		postalCode = clean(postalCode);
		country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

	/** One line per part, empty parts left out, as on a parcel label. */
	java.util.List<String> lines() {
		return java.util.stream.Stream.of(name, line1, line2, city + (region.isEmpty() ? "" : ", " + region) + " " + postalCode, country)
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.toList();
	}
}
