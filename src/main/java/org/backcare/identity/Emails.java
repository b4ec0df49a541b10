package org.backcare.identity;

import java.util.Locale;

/** How BackCare checks and compares email addresses, here and in the modules that take an address in a form. */
public final class Emails {

	/** Something, an @, something with a dot: strict enough to catch typos, loose enough for real addresses. */
	public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	public static final String MESSAGE = "Enter your email address, like name@example.com";

	private Emails() {
	}

	/** Addresses are stored and compared in lower case: people type them in any case. */
	public static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
