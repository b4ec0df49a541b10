package org.backcare.newsletter;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.backcare.platform.FormErrors;

/** The send schedule form, as typed. */
record ScheduleForm(String everyDays, String sendAt, String enabled) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static ScheduleForm of(Schedule schedule) {
		return new ScheduleForm(String.valueOf(schedule.everyDays()), TIME.format(schedule.sendAt()),
				schedule.enabled() ? "true" : null);
	}

	/** Messages in the order of the fields on the page. */
	FormErrors errors() {
		var errors = FormErrors.none();
		Integer days = days();
		if (days == null || days < 1 || days > 60) {
			errors.field("everyDays", "Enter a whole number of days from 1 to 60");
		}
		if (time() == null) {
			errors.field("sendAt", "Enter a time of day as hours and minutes, e.g. 09:00");
		}
		return errors;
	}

	boolean isEnabled() {
		// a checkbox sends its value when ticked, nothing when not
		return "true".equals(enabled);
	}

	/** Only for a form without {@link #errors}. */
	Integer days() {
		try {
			return everyDays == null ? null : Integer.valueOf(everyDays.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** Only for a form without {@link #errors}. */
	LocalTime time() {
		try {
			return sendAt == null ? null : LocalTime.parse(sendAt.strip(), TIME);
		}
		catch (DateTimeParseException notATime) {
			return null;
		}
	}
}
