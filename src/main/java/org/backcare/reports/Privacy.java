package org.backcare.reports;

/** Whether a figure is shown, and if not, why: the page and the CSV say it in the same words. */
enum Privacy {

	SHOWN(""),
	/** Fewer clients than {@link OutcomeThresholds#SMALLEST_GROUP} behind it. */
	SMALL_GROUP("fewer than 5 clients: hidden to protect privacy"),
	/** Hidden only so that a smaller hidden group can't be worked out from the total. */
	PROTECTS_SMALL_GROUP("hidden so that a smaller group can't be worked out from the total");

	private final String words;

	Privacy(String words) {
		this.words = words;
	}

	String words() {
		return words;
	}

	boolean hidden() {
		return this != SHOWN;
	}
}
