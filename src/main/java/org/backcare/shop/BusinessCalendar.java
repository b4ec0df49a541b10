package org.backcare.shop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * "Ships within 2 business days": the day an order must leave by, counted in the shop's zone. A business day is
 * a weekday that is not a holiday. An order placed on a business day before the cut-off counts that day as day
 * zero; one placed after the cut-off, or on a weekend or holiday, counts from the next business day. Pure: the
 * clock, zone and holidays come in as values.
 */
record BusinessCalendar(ZoneId zone, LocalTime cutOff, int dispatchDays, Set<LocalDate> holidays) {

	BusinessCalendar {
		if (dispatchDays < 0) {
			throw new IllegalArgumentException("Dispatch days cannot be negative: " + dispatchDays);
		}
		holidays = Set.copyOf(holidays);
	}

	/** The last day an order placed at {@code orderedAt} may ship. */
	LocalDate shipBy(Instant orderedAt) {
		LocalDate day = countsFrom(orderedAt);
		for (int left = dispatchDays; left > 0; left--) {
			day = nextBusinessDay(day);
		}
		return day;
	}

	/**
	 * How long from {@code now} an order still counts from today, with the ship-by date it gets: "order within
	 * 3 h 12 min to ship by Tuesday 24 November". Empty duration when today's cut-off has passed or today is not a
	 * business day; then the promise is simply the ship-by date.
	 */
	Promise promise(Instant now) {
		ZonedDateTime local = now.atZone(zone);
		LocalDate today = local.toLocalDate();
		Duration left = isBusinessDay(today) ? Duration.between(local, today.atTime(cutOff).atZone(zone)) : Duration.ZERO;
		return new Promise(shipBy(now), left.isNegative() ? Duration.ZERO : left);
	}

	boolean isBusinessDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	private LocalDate countsFrom(Instant orderedAt) {
		ZonedDateTime local = orderedAt.atZone(zone);
		LocalDate day = local.toLocalDate();
		boolean beforeCutOff = local.toLocalTime().isBefore(cutOff);
		return isBusinessDay(day) && beforeCutOff ? day : nextBusinessDay(day);
	}

	private LocalDate nextBusinessDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isBusinessDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** @param orderWithin zero when an order placed now already counts from the next business day */
	record Promise(LocalDate shipBy, Duration orderWithin) {
	}
}
