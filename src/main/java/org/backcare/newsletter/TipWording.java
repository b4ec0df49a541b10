package org.backcare.newsletter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a BackCare tip never uses: massage relieves, it does not cure (fact sheet 4.1: benefits are short-term),
 * and there are no toxins to flush out (A6, 11.4).
 */
final class TipWording {

	private static final Pattern PROMISES = Pattern.compile(
			"\\b(cure[sd]?|curing|miracle|miraculous|guarantee[sd]?|detox\\w*|toxins?)\\b", Pattern.CASE_INSENSITIVE);

	private TipWording() {
	}

	/** The first promise the text makes that no tip may make, e.g. "cure". */
	static Optional<String> promise(String text) {
		Matcher matcher = PROMISES.matcher(text == null ? "" : text);
		return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
	}
}
