package org.backcare.shop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.backcare.platform.DurationWords;

/**
 * The live dispatch promise as a product page tells it: "Order within 3 hours and 12 minutes to ship by Tuesday 24
 * November", with the rule behind it and the shipping price. Whole words rather than "3 h 12 min", which screen
 * readers spell out letter by letter.
 *
 * @param freeFrom the subtotal from which standard shipping is free, or null when it always is
 */
record DispatchNotice(BusinessCalendar.Promise promise, ZoneId zone, LocalTime cutOff, int dispatchDays,
		boolean freeShipping, Money freeFrom) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	/** Whether an order placed now still counts from today. */
	boolean beforeCutOff() {
		return !promise.orderWithin().isZero();
	}

	String orderWithin() {
		return DurationWords.of(promise.orderWithin());
	}

	String shipBy() {
		return DAY.format(promise.shipBy());
	}

	LocalDate shipByDate() {
		return promise.shipBy();
	}

	String cutOffTime() {
		return TIME.format(cutOff);
	}

	/** e.g. Central Time (America/Chicago) */
	String zoneName() {
		return zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " (" + zone.getId() + ")";
	}

	/** The promise with the shop's rule and shipping price, as configured. */
	static DispatchNotice of(BusinessCalendar.Promise promise, ShopSettings settings) {
		boolean free = settings.standardShippingMinor() == 0 || settings.freeShippingFromMinor() == 0;
		return new DispatchNotice(promise, settings.timeZone(), settings.cutOff(), settings.dispatchDays(),
				free, free ? null : new Money(settings.freeShippingFromMinor(), settings.currency()));
	}
}
