package org.backcare.shop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.backcare.platform.FormErrors;

/** A day off for dispatch, as typed: the date (a date input sends 2026-12-25) and its name. */
record HolidayForm(String day, String name) {

	static HolidayForm blank() {
		return new HolidayForm("", "");
	}

	FormErrors errors(LocalDate today) {
		var errors = FormErrors.none();
		LocalDate date = date();
		if (date == null) {
			errors.field("day", "Enter the date as year-month-day, e.g. 2026-12-25.");
		}
		else if (date.isBefore(today)) {
			errors.field("day", "Choose today or a later day: past days no longer change any promise.");
		}
		else if (date.isAfter(today.plusYears(5))) {
			errors.field("day", "Choose a day within the next five years.");
		}
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			errors.field("name", "Name the holiday, up to 80 characters, e.g. Christmas Day.");
		}
		return errors;
	}

	LocalDate date() {
		try {
			return day == null ? null : LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
