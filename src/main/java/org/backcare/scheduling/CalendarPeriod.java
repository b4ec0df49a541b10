package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The days a calendar page shows: one day, or a week from Monday. Days are local: a session belongs to the day
 * it starts on its location's clock, whatever the date in UTC.
 */
record CalendarPeriod(LocalDate first, int length) {

	static CalendarPeriod day(LocalDate day) {
		return new CalendarPeriod(day, 1);
	}

	static CalendarPeriod weekOf(LocalDate any) {
		return new CalendarPeriod(any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 7);
	}

	boolean week() {
		return length == 7;
	}

	LocalDate last() {
		return first.plusDays(length - 1);
	}

	List<LocalDate> days() {
		return first.datesUntil(first.plusDays(length)).toList();
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(first) && !day.isAfter(last());
	}

	CalendarPeriod previous() {
		return new CalendarPeriod(first.minusDays(length), length);
	}

	CalendarPeriod next() {
		return new CalendarPeriod(first.plusDays(length), length);
	}

	/**
	 * From when to search: every moment of these days on any clock lies within a day either side in UTC, since
	 * offsets stay within 18 hours; {@link #contains} then keeps the sessions of the days on their own clock.
	 */
	Instant searchFrom() {
		return first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant searchUntil() {
		return first.plusDays(length + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Monday 30 November to Sunday 6 December 2026, or Tuesday 1 December 2026 for a day. */
	String words() {
		return week() ? SessionTimes.shortDay(first) + " to " + SessionTimes.day(last()) : SessionTimes.day(first);
	}
}
