package org.backcare.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A placed order as its customer sees it. */
record Order(long id, Long accountId, String email, String status, Instant placedAt, LocalDate shipBy,
		Address address, ShippingMethod shipping, PaymentMethod payment, Totals totals, List<OrderLine> lines) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	Order {
		lines = List.copyOf(lines);
	}

	/** e.g. Tuesday 24 November: a calendar day in the shop's zone. */
	String shipByWords() {
		return words(shipBy);
	}

	static String words(LocalDate day) {
		return DAY.format(day);
	}

	String statusLabel() {
		return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
	}

	/** Bank transfers quote it, so the payment can be matched to the order. */
	String reference() {
		return "BC-" + id;
	}
}
