package org.backcare.identity;

import java.util.Locale;

final class Emails {

	/** Something, an @, something with a dot: strict enough to catch typos, loose enough for real addresses. */
	static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	static final String MESSAGE = "Enter your email address, like name@example.com";

	private Emails() {
	}

	/** Addresses are stored and compared in lower case: people type them in any case. */
	static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
