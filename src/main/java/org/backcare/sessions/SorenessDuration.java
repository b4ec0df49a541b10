package org.backcare.sessions;

import java.util.Arrays;

/**
 * How long soreness after a session lasted, as the check-in asks it, and the hours stored for each answer. Each
 * choice stores its upper end, so "36 to 48 hours" counts as past a 36-hour limit (O6) and "24 to 36 hours" does
 * not; soreness still there after 48 hours counts as 72.
 */
enum SorenessDuration {

	NONE(0, "No soreness"), UNDER_12(12, "Less than 12 hours"), UP_TO_24(24, "12 to 24 hours"),
	UP_TO_36(36, "24 to 36 hours"), UP_TO_48(48, "36 to 48 hours"), STILL_THERE(72, "More than 48 hours, and still there");

	final int hours;

	final String label;

	SorenessDuration(int hours, String label) {
		this.hours = hours;
		this.label = label;
	}

	/** The answer that covers these hours: the shortest choice reaching them. */
	static SorenessDuration of(int hours) {
		return Arrays.stream(values()).filter(choice -> choice.hours >= hours).findFirst().orElse(STILL_THERE);
	}
}
