package org.backcare.sessions;

import org.backcare.careplans.Plan;

/** Record values in words for the pages: enum names and pressure levels. */
final class RecordWords {

	private RecordWords() {
	}

	/** An enum name as words: HIP_AND_GLUTE becomes Hip and glute. */
	static String of(Enum<?> value) {
		String text = value.name().toLowerCase().replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A pressure level in the plan's words, e.g. 3 (moderate). */
	static String pressure(int level) {
		return level + " (" + new Plan.Pressure(level, level).words() + ")";
	}
}
