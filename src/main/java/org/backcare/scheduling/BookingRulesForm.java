package org.backcare.scheduling;

import java.time.Duration;

import org.backcare.platform.FormErrors;

/**
 * A service's booking rules as the admin types them, in whole minutes, hours and days, within the limits the
 * booking_rules table checks.
 */
record BookingRulesForm(String bufferBefore, String bufferAfter, String minimumNotice, String horizonDays,
		String cancellationWindow) {

	static BookingRulesForm of(BookingRules rules) {
		return new BookingRulesForm(String.valueOf(rules.bufferBefore().toMinutes()), String.valueOf(rules.bufferAfter().toMinutes()),
				String.valueOf(hoursRoundedUp(rules.minimumNotice())), String.valueOf(rules.horizonDays()),
				String.valueOf(hoursRoundedUp(rules.cancellationWindow())));
	}

	FormErrors check() {
		var errors = FormErrors.none();
		if (number(bufferBefore, 0, 120) == null) {
			errors.field("bufferBefore", "Enter the minutes to keep free before a session, from 0 to 120.");
		}
		if (number(bufferAfter, 0, 120) == null) {
			errors.field("bufferAfter", "Enter the minutes to keep free after a session, from 0 to 120.");
		}
		if (number(minimumNotice, 0, 336) == null) {
			errors.field("minimumNotice", "Enter the notice in whole hours, from 0 to 336 (two weeks).");
		}
		if (number(horizonDays, 1, 365) == null) {
			errors.field("horizonDays", "Enter how many days ahead clients can book, from 1 to 365.");
		}
		if (number(cancellationWindow, 0, 336) == null) {
			errors.field("cancellationWindow", "Enter the hours before a session until which clients can cancel, from 0 to 336.");
		}
		return errors;
	}

	/** The rules this form describes; only after {@link #check} found nothing. */
	BookingRules rules() {
		return new BookingRules(Duration.ofMinutes(number(bufferBefore, 0, 120)), Duration.ofMinutes(number(bufferAfter, 0, 120)),
				Duration.ofHours(number(minimumNotice, 0, 336)), number(horizonDays, 1, 365),
				Duration.ofHours(number(cancellationWindow, 0, 336)));
	}

	private static Integer number(String typed, int least, int most) {
		try {
			int value = Integer.parseInt(typed == null ? "" : typed.strip());
			return value >= least && value <= most ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static long hoursRoundedUp(Duration duration) {
		return (duration.toMinutes() + 59) / 60;
	}
}
