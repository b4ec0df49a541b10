package org.backcare.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.backcare.platform.FormErrors;

/** The report's period as the admin typed it (yyyy-mm-dd, what a date input sends). */
record OutcomeForm(String from, String to) {

	static OutcomeForm of(ReportPeriod period) {
		return new OutcomeForm(period.from().toString(), period.to().toString());
	}

	boolean blank() {
		return (from == null || from.isBlank()) && (to == null || to.isBlank());
	}

	FormErrors check() {
		var errors = FormErrors.none();
		LocalDate first = day(from);
		LocalDate last = day(to);
		if (first == null) {
			errors.field("from", "Enter the first day of the period as a date, for example 2026-01-31.");
		}
		if (last == null) {
			errors.field("to", "Enter the last day of the period as a date, for example 2026-12-31.");
		}
		if (first != null && last != null && last.isBefore(first)) {
			errors.field("to", "The last day must be on or after the first day.");
		}
		else if (first != null && last != null && last.isAfter(first.plusYears(ReportPeriod.MOST_YEARS))) {
			errors.field("to", "A report covers at most " + ReportPeriod.MOST_YEARS + " years: choose a later first day or an earlier last day.");
		}
		return errors;
	}

	/** The period this form describes; only after {@link #check} found nothing. */
	ReportPeriod period() {
		return new ReportPeriod(day(from), day(to));
	}

	private static LocalDate day(String typed) {
		try {
			return typed == null ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
