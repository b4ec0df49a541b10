package org.backcare.intake;

/**
 * What the screening decides, from least to most severe (the order is used: the most severe finding wins).
 * Only the first two let a client book massage.
 */
public enum ScreeningOutcome {

	/** No flag: book as usual. */
	PROCEED,
	/** Book, with something the therapist watches at every visit (fact sheet 2.10 b, a safety net). */
	PROCEED_WITH_CAUTION,
	/** Written clearance from a physician, surgeon or prenatal provider first (M2 severe, M3, M8), or wait until well (S9). */
	CLEARANCE_REQUIRED,
	/** See a physician before any massage (S6, S7). */
	REFER_BEFORE_TREATMENT,
	/** Medical assessment today (S2, S3, S5, S8). */
	URGENT_SAME_DAY,
	/** Emergency department now (S1, S4). */
	EMERGENCY;

	/** The outcome in words, for therapists' lists. */
	public String label() {
		return switch (this) {
			case PROCEED -> "Proceed";
			case PROCEED_WITH_CAUTION -> "Proceed with caution";
			case CLEARANCE_REQUIRED -> "Clearance required";
			case REFER_BEFORE_TREATMENT -> "See a doctor before treatment";
			case URGENT_SAME_DAY -> "See a doctor today";
			case EMERGENCY -> "Emergency";
		};
	}

	public boolean allowsBooking() {
		return this == PROCEED || this == PROCEED_WITH_CAUTION;
	}

	ScreeningOutcome atLeast(ScreeningOutcome other) {
		return other.compareTo(this) > 0 ? other : this;
	}
}
