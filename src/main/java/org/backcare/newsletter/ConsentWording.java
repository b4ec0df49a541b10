package org.backcare.newsletter;

import java.util.Map;

/**
 * What a sign-up form says the person agrees to. Every consent record keeps the version it was given under; a
 * changed sentence gets a new version and the old one stays here, so any record can be read as it was shown.
 */
final class ConsentWording {

	static final String CURRENT = "2026-11-22";

	private static final Map<String, String> VERSIONS = Map.of(CURRENT,
			"Email me the BackCare newsletter every few days: a back-care tip, a client story and new articles on the "
					+ "topics I choose. I can unsubscribe with one click at any time.");

	private ConsentWording() {
	}

	static String current() {
		return VERSIONS.get(CURRENT);
	}

	static String of(String version) {
		return VERSIONS.getOrDefault(version, "(wording version " + version + ")");
	}
}
