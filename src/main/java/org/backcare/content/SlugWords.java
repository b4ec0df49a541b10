package org.backcare.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words made into the lower-case, hyphenated part of an address: "Heat or cold?" becomes heat-or-cold. */
final class SlugWords {

	static final int LONGEST = 120;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private SlugWords() {
	}

	static String of(String words) {
		if (words == null) {
			return "";
		}
		String plain = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > LONGEST) {
			slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
		}
		return slug;
	}

	static boolean isSlug(String value) {
		return value != null && value.length() <= LONGEST && SLUG.matcher(value).matches();
	}
}
