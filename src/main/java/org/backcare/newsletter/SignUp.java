package org.backcare.newsletter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.backcare.identity.Emails;
import org.backcare.platform.FormErrors;

/**
 * What someone asked for, from a form or the API, trimmed: checked here for everything that needs no database.
 *
 * @param firstName null when left empty
 * @param interests Interest names as sent; an unknown one makes the sign-up invalid rather than being dropped
 */
record SignUp(String email, String firstName, List<String> interests) {

	static final int EMAIL_MAX = 254;

	static final int FIRST_NAME_MAX = 60;

	private static final Pattern EMAIL = Pattern.compile(Emails.PATTERN);

	SignUp {
		email = Emails.normalize(email);
		firstName = firstName(firstName);
		interests = interests == null ? List.of() : interests.stream().filter(Objects::nonNull).toList();
	}

	FormErrors problems() {
		var errors = FormErrors.none();
		if (email.isEmpty() || !EMAIL.matcher(email).matches()) {
			errors.field("email", Emails.MESSAGE + ".");
		}
		else if (email.length() > EMAIL_MAX) {
			errors.field("email", "An email address can be at most " + EMAIL_MAX + " characters.");
		}
		checkFirstName(firstName, errors);
		checkInterests(interests, errors);
		return errors;
	}

	/** The topics chosen; call only when {@link #problems()} found none. */
	Set<Interest> chosen() {
		return chosen(interests);
	}

	static String firstName(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	static void checkFirstName(String firstName, FormErrors errors) {
		if (firstName != null && firstName.length() > FIRST_NAME_MAX) {
			errors.field("firstName", "Your first name can be at most " + FIRST_NAME_MAX + " characters.");
		}
	}

	static void checkInterests(List<String> codes, FormErrors errors) {
		if (codes.isEmpty()) {
			errors.field("interests", "Choose at least one topic.");
		}
		else if (codes.stream().map(Interest::fromCode).anyMatch(Optional::isEmpty)) {
			errors.field("interests", "Choose topics from the list.");
		}
	}

	static Set<Interest> chosen(List<String> codes) {
		Set<Interest> chosen = EnumSet.noneOf(Interest.class);
		codes.stream().map(Interest::fromCode).flatMap(Optional::stream).forEach(chosen::add);
		return chosen;
	}

	/** The codes as the database keeps them, in the enum's order. */
	static String[] codes(Set<Interest> interests) {
		return Arrays.stream(Interest.values()).filter(interests::contains).map(Enum::name).toArray(String[]::new);
	}
}
