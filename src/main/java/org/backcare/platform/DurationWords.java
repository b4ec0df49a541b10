package org.backcare.platform;

import java.time.Duration;

/**
 * A length of time the way a person says it: "1 hour", "48 hours", "7 days", "30 minutes". For how long a link
 * stays valid, and for booking rules (notice, cancellation window).
 */
public final class DurationWords {

	private DurationWords() {
	}

	public static String of(Duration duration) {
		if (duration.isZero()) {
			return "0 minutes";
		}
		long minutes = duration.toMinutes();
		if (minutes < 1) {
			return "less than a minute";
		}
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (rest == 0 && hours > 48 && hours % 24 == 0) {
			return counted(hours / 24, "day");
		}
		if (rest == 0) {
			return counted(hours, "hour");
		}
		return hours == 0 ? counted(rest, "minute") : counted(hours, "hour") + " and " + counted(rest, "minute");
	}

	private static String counted(long amount, String unit) {
		return amount + " " + unit + (amount == 1 ? "" : "s");
	}
}
