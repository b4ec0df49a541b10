package org.backcare.scheduling;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the law lets a therapist practise (rule L1): an ISO 3166-2 code such as US-IL or CA-ON, or a country's
 * own code (DE) where the country regulates as a whole. The database checks the same shape.
 */
final class Jurisdiction {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Jurisdiction() {
	}

	/** The code as stored, upper case, from what someone typed; null when it is not one. */
	static String parse(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.strip().toUpperCase(Locale.ROOT);
		return CODE.matcher(code).matches() && COUNTRIES.contains(code.substring(0, 2)) ? code : null;
	}
}
