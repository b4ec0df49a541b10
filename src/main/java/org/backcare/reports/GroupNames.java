package org.backcare.reports;

import java.util.List;
import java.util.Locale;

/** What each group is called on the page and in the CSV, and the order groups come in. */
final class GroupNames {

	static final List<String> PAIN_CLASSES = List.of("ACUTE", "SUBACUTE", "CHRONIC", "UNKNOWN");

	static final List<String> SESSION_BANDS = List.of("1", "2", "3", "4");

	private GroupNames() {
	}

	/** DEEP_TISSUE reads Deep tissue; a plan without techniques says so. */
	static String technique(String name) {
		if (name.isEmpty()) {
			return "No technique in the plan";
		}
		String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Pain class at the consultation behind the plan (fact sheet 1.1, with the practice's cut-offs). */
	static String painClass(String key, OutcomeThresholds rules) {
		int acute = rules.intake().screening().acuteBeforeWeeks();
		int chronic = rules.careplans().chronicAfterWeeks();
		switch (key) {
			case "ACUTE":
				return "Acute (pain under " + acute + " weeks)";
			case "SUBACUTE":
				return "Subacute (" + acute + " to " + chronic + " weeks)";
			case "CHRONIC":
				return "Chronic (over " + chronic + " weeks)";
			default:
				return "Not known (no onset date in the consultation)";
		}
	}

	static String sessions(String band) {
		switch (band) {
			case "1":
				return "1 to 3 sessions";
			case "2":
				return "4 to 6 sessions";
			case "3":
				return "7 to 10 sessions";
			default:
				return "11 or more sessions";
		}
	}
}
