package org.backcare.newsletter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backcare.platform.FormErrors;

/**
 * The preferences form as posted.
 *
 * @param frequency empty for the practice's schedule, or the days between digests: 7 or 14
 */
record Preferences(String firstName, List<String> interests, String frequency) {

	/** The choices the form offers besides the practice's schedule. */
	static final List<Integer> EVERY_DAYS = List.of(7, 14);

	Preferences {
		firstName = SignUp.firstName(firstName);
		interests = interests == null ? List.of() : interests.stream().filter(Objects::nonNull).toList();
		frequency = frequency == null ? "" : frequency.strip();
	}

	static Preferences of(Subscriber subscriber) {
		return new Preferences(subscriber.firstName(), List.of(SignUp.codes(subscriber.interests())),
				subscriber.everyDays() == null ? "" : subscriber.everyDays().toString());
	}

	FormErrors problems() {
		var errors = FormErrors.none();
		SignUp.checkFirstName(firstName, errors);
		SignUp.checkInterests(interests, errors);
		if (!frequency.isEmpty() && EVERY_DAYS.stream().noneMatch(days -> days.toString().equals(frequency))) {
			errors.field("frequency", "Choose how often from the list.");
		}
		return errors;
	}

	Set<Interest> chosen() {
		return SignUp.chosen(interests);
	}

	/** Null follows the practice's schedule; call only when {@link #problems()} found none. */
	Integer everyDays() {
		return frequency.isEmpty() ? null : Integer.valueOf(frequency);
	}

	boolean wants(Interest interest) {
		return interests.contains(interest.name());
	}
}
