package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Session times as people read them, always on the location's clock with its zone named. */
final class SessionTimes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

	private SessionTimes() {
	}

	/** Tuesday 1 December 2026 */
	static String day(ZonedDateTime time) {
		return DAY.format(time);
	}

	/** Tuesday 1 December */
	static String shortDay(ZonedDateTime time) {
		return SHORT_DAY.format(time);
	}

	/** 10:00 */
	static String time(ZonedDateTime time) {
		return TIME.format(time);
	}

	/** America/Chicago, CST: the region and the abbreviation in force at that moment. */
	static String zone(ZonedDateTime time) {
		return time.getZone().getId() + ", " + ZONE.format(time);
	}

	/** Tuesday 1 December 2026, 10:00 to 11:00 (America/Chicago, CST) */
	static String span(ZonedDateTime start, ZonedDateTime end) {
		return day(start) + ", " + time(start) + " to " + time(end) + " (" + zone(start) + ")";
	}

	/** A calendar day: Tuesday 1 December 2026 */
	static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** A calendar day: Tuesday 1 December */
	static String shortDay(LocalDate day) {
		return SHORT_DAY.format(day);
	}
}
