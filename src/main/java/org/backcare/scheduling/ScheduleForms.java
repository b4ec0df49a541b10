package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backcare.platform.FormErrors;

/**
 * The three forms that shape when a therapist works: weekly hours, a one-off day, time off. Times are typed on
 * the location's clock; time off on the clock of the zone the admin names. Field names differ between the forms
 * because all three are on one page.
 */
final class ScheduleForms {

	private ScheduleForms() {
	}

	/** The same hours on one or more weekdays at a location, with an optional break. */
	record Hours(String hoursLocation, List<String> weekdays, String starts, String ends, String breakStarts, String breakEnds) {

		static final Hours BLANK = new Hours("", List.of(), "09:00", "17:00", "", "");

		Hours {
			weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
		}

		FormErrors check(Collection<Long> locations) {
			var errors = FormErrors.none();
			if (!locations.contains(id(hoursLocation))) {
				errors.field("hoursLocation", "Choose the location.");
			}
			if (days().isEmpty() || days().size() != weekdays.size()) {
				errors.field("weekdays", "Tick the weekdays these hours are for.");
			}
			LocalTime from = time(starts);
			LocalTime until = time(ends);
			if (from == null) {
				errors.field("starts", "Enter the time work starts, e.g. 09:00.");
			}
			if (until == null) {
				errors.field("ends", "Enter the time work ends, e.g. 17:00.");
			}
			else if (from != null && !from.isBefore(until)) {
				errors.field("ends", "Work must end after it starts, on the same day.");
			}
			LocalTime pause = time(breakStarts);
			LocalTime resume = time(breakEnds);
			if (!blank(breakStarts) || !blank(breakEnds)) {
				if (pause == null) {
					errors.field("breakStarts", "Enter when the break starts, e.g. 12:30, or leave both break times empty.");
				}
				if (resume == null) {
					errors.field("breakEnds", "Enter when the break ends, e.g. 13:00, or leave both break times empty.");
				}
				if (pause != null && resume != null && from != null && until != null
						&& !(from.isBefore(pause) && pause.isBefore(resume) && resume.isBefore(until))) {
					errors.field("breakStarts", "The break must start after work starts, and end after it starts and before work ends.");
				}
			}
			return errors;
		}

		boolean has(DayOfWeek day) {
			return weekdays.contains(day.name());
		}

		Set<DayOfWeek> days() {
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			weekdays.forEach(name -> Arrays.stream(DayOfWeek.values()).filter(day -> day.name().equals(name)).forEach(days::add));
			return days;
		}

		long locationId() {
			return id(hoursLocation);
		}

		LocalTime from() {
			return time(starts);
		}

		LocalTime until() {
			return time(ends);
		}

		LocalTime pause() {
			return time(breakStarts);
		}

		LocalTime resume() {
			return time(breakEnds);
		}
	}

	/** On one date, different hours at a location instead of the weekly pattern. */
	record Day(String dayLocation, String day, String dayStarts, String dayEnds) {

		static final Day BLANK = new Day("", "", "09:00", "17:00");

		FormErrors check(Collection<Long> locations, LocalDate today) {
			var errors = FormErrors.none();
			if (!locations.contains(id(dayLocation))) {
				errors.field("dayLocation", "Choose the location.");
			}
			LocalDate date = date();
			if (date == null) {
				errors.field("day", "Enter the date.");
			}
			else if (date.isBefore(today)) {
				errors.field("day", "Choose today or a later date.");
			}
			LocalTime from = time(dayStarts);
			LocalTime until = time(dayEnds);
			if (from == null) {
				errors.field("dayStarts", "Enter the time work starts, e.g. 10:00.");
			}
			if (until == null) {
				errors.field("dayEnds", "Enter the time work ends, e.g. 14:00.");
			}
			else if (from != null && !from.isBefore(until)) {
				errors.field("dayEnds", "Work must end after it starts, on the same day.");
			}
			return errors;
		}

		LocalDate date() {
			return ScheduleForms.date(day);
		}

		long locationId() {
			return id(dayLocation);
		}

		LocalTime from() {
			return time(dayStarts);
		}

		LocalTime until() {
			return time(dayEnds);
		}
	}

	/** Away from a moment until a later one, on the clock of the named zone. */
	record TimeOff(String offFrom, String offUntil, String offZone, String reason) {

		static TimeOff blank(ZoneId zone) {
			return new TimeOff("", "", zone.getId(), "");
		}

		FormErrors check(Collection<String> zones, Instant now) {
			var errors = FormErrors.none();
			if (!zones.contains(offZone)) {
				errors.field("offZone", "Choose the time zone the times are in.");
			}
			LocalDateTime starts = moment(offFrom);
			LocalDateTime ends = moment(offUntil);
			if (starts == null) {
				errors.field("offFrom", "Enter when the time off starts: date and time.");
			}
			if (ends == null) {
				errors.field("offUntil", "Enter when the time off ends: date and time.");
			}
			else if (starts != null && !starts.isBefore(ends)) {
				errors.field("offUntil", "The time off must end after it starts.");
			}
			else if (errors.isEmpty() && !endsAt().isAfter(now)) {
				errors.field("offUntil", "This time off is over already; enter time off that has not ended.");
			}
			if (reason != null && reason.strip().length() > 200) {
				errors.field("reason", "Keep the reason to 200 characters or fewer.");
			}
			return errors;
		}

		Instant startsAt() {
			return moment(offFrom).atZone(ZoneId.of(offZone)).toInstant();
		}

		Instant endsAt() {
			return moment(offUntil).atZone(ZoneId.of(offZone)).toInstant();
		}

		String trimmedReason() {
			return reason == null ? "" : reason.strip();
		}
	}

	/** Monday, Tuesday, ... */
	static String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	/** A date as a date input sends it, or null. */
	static LocalDate date(String typed) {
		try {
			return blank(typed) ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	/** A time as a time input sends it, or null. */
	static LocalTime time(String typed) {
		try {
			return blank(typed) ? null : LocalTime.parse(typed.strip());
		}
		catch (DateTimeParseException notATime) {
			return null;
		}
	}

	private static LocalDateTime moment(String typed) {
		try {
			return blank(typed) ? null : LocalDateTime.parse(typed.strip());
		}
		catch (DateTimeParseException notAMoment) {
			return null;
		}
	}

	private static long id(String typed) {
		try {
			return blank(typed) ? -1 : Long.parseLong(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private static boolean blank(String typed) {
		return typed == null || typed.isBlank();
	}
}
