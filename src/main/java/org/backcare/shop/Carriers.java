package org.backcare.shop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The carriers the shop usually ships with, and where each lets a customer follow a parcel by its number. */
final class Carriers {

	static final List<String> KNOWN = List.of("USPS", "UPS", "FedEx", "DHL");

	private static final Map<String, String> TRACKING = Map.of(
			"usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=",
			"ups", "https://www.ups.com/track?tracknum=",
			"fedex", "https://www.fedex.com/fedextrack/?trknbr=",
			"dhl", "https://www.dhl.com/us-en/home/tracking.html?tracking-id=");

	private Carriers() {
	}

	/** The tracking page for this number, or null when we don't know the carrier's. */
	static String trackingUrl(String carrier, String trackingNumber) {
		String base = TRACKING.get(carrier.strip().toLowerCase(Locale.ROOT));
		return base == null ? null : base + URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8);
	}
}
