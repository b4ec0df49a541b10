package org.backcare.shop;

import java.util.List;

/**
 * An order left the shop: what the customer needs to follow the parcel.
 *
 * @param trackingUrl the carrier's tracking page for the number, or null for a carrier we don't know
 */
public record OrderShipped(long orderId, String email, String name, String carrier, String trackingNumber,
		String trackingUrl, List<Line> lines) {

	public OrderShipped {
		lines = List.copyOf(lines);
	}

	public record Line(String sku, String productName, String variantLabel, int quantity) {
	}
}
