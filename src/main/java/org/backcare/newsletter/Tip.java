package org.backcare.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One tip of the library a digest opens with.
 *
 * @param audience the interest a subscriber must have chosen to get it; null for everyone
 * @param ruleIds the fact-sheet rules it rests on, space separated, e.g. S1 A1
 * @param retiredAt when an admin took it out of the cycle; null while it is sent
 */
record Tip(long id, String slug, String title, String body, Interest audience, String ruleIds, int position,
		Instant retiredAt) {

	/** The interests a tip can be aimed at (the table allows these); any other tip is for everyone. */
	static final List<Interest> AUDIENCES = List.of(Interest.SELF_CARE, Interest.PREGNANCY, Interest.DESK_WORK);

	boolean retired() {
		return retiredAt != null;
	}

	/** Whether a subscriber with these interests gets this tip, retired or not. */
	boolean suits(Set<Interest> interests) {
		return audience == null || interests.contains(audience);
	}

	/** The body as the digest shows it: paragraphs split at blank lines. */
	List<String> paragraphs() {
		return Arrays.stream(body.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	String audienceLabel() {
		return audience == null ? "Everyone" : audience.label;
	}
}
