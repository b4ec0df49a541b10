package org.backcare.newsletter;

/**
 * An address as a page shows it to whoever holds a link: enough for its owner to recognise, not enough for
 * someone who found the link to learn it, e.g. s•••@example.com.
 */
final class MaskedEmail {

	private MaskedEmail() {
	}

	static String of(String email) {
		int at = email == null ? -1 : email.lastIndexOf('@');
		if (at < 1) {
			return "•••";
		}
		return email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
	}
}
