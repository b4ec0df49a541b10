package org.backcare.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.backcare.platform.FormErrors;

/** When to publish, as typed: a date and a time of day in the practice's time zone. */
record ScheduleForm(String date, String time) {

	/** The moment, or null when the fields are not a date and a time; {@code errors} says why. */
	Instant at(ZoneId zone, Instant now, FormErrors errors) {
		if (date == null || time == null) {
			errors.field("date", "Enter a date and a time, e.g. 2026-12-01 and 09:00");
			return null;
		}
		Instant at;
		try {
			// A time skipped by a clock change moves forward, as ZonedDateTime does.
			at = LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			errors.field("date", "Enter a date and a time, e.g. 2026-12-01 and 09:00");
			return null;
		}
		if (!at.isAfter(now)) {
			errors.field("date", "Choose a time ahead, or publish now");
			return null;
		}
		return at;
	}
}
