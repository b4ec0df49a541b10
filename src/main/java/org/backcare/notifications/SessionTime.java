package org.backcare.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a session is, in words, on the clock of its location with the zone named, whoever reads it and wherever
 * they are: Tuesday 1 December 2026, 10:00–11:00 (America/Chicago, CST).
 */
final class SessionTime {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private SessionTime() {
	}

	static String of(ZoneId zone, Instant start, Instant end) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime until = end.atZone(zone);
		if (!from.toLocalDate().equals(until.toLocalDate())) {
			return DAY.format(from) + ", " + TIME.format(from) + " " + ZONE.format(from) + " – " + DAY.format(until) + ", "
					+ TIME.format(until) + " " + ZONE.format(until) + " (" + zone.getId() + ")";
		}
		if (!from.getOffset().equals(until.getOffset())) {
			// The clocks change during the session: each end says which time it is in.
			return DAY.format(from) + ", " + TIME.format(from) + " " + ZONE.format(from) + "–" + TIME.format(until) + " "
					+ ZONE.format(until) + " (" + zone.getId() + ")";
		}
		return DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(until) + " (" + zone.getId() + ", "
				+ ZONE.format(from) + ")";
	}

	/** The start alone, for subjects: Tuesday 1 December 2026, 10:00 CST. */
	static String start(ZoneId zone, Instant start) {
		ZonedDateTime at = start.atZone(zone);
		return DAY.format(at) + ", " + TIME.format(at) + " " + ZONE.format(at);
	}
}
