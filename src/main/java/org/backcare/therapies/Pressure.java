package org.backcare.therapies;

/**
 * The pressure a technique typically uses, on a scale from 1 (very light) to 5 (deep).
 * @param lightest the lightest level, 1–5
 * @param firmest the firmest level, at least {@code lightest}
 */
public record Pressure(int lightest, int firmest) {

	private static final String[] WORDS = { "very light", "light", "moderate", "firm", "deep" };

	public Pressure {
		if (lightest < 1 || firmest > 5 || lightest > firmest) {
			throw new IllegalArgumentException("Pressure goes from 1 to 5, lightest first: " + lightest + "–" + firmest);
		}
	}

	/** In words, e.g. Light to moderate. */
	public String words() {
		String from = WORDS[lightest - 1];
		String words = lightest == firmest ? from : from + " to " + WORDS[firmest - 1];
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
