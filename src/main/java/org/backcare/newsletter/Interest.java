package org.backcare.newsletter;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscriber asked to hear about. Only the subscriber sets these: the newsletter never guesses them from
 * bookings, intake or care plans. Articles match an interest by their content tags.
 */
enum Interest {

	SELF_CARE("Self-care tips", Set.of("self-care", "heat-and-cold", "prevention")),
	PREGNANCY("Pregnancy and back pain", Set.of("pregnancy")),
	DESK_WORK("Desk work and sitting", Set.of("desk-work", "posture")),
	NEW_ARTICLES("Every new article", Set.of()),
	SHOP_OFFERS("Shop news and offers", Set.of());

	/** What a sign-up form ticks before the person changes anything. */
	static final Set<Interest> SUGGESTED = Set.of(SELF_CARE, NEW_ARTICLES);

	final String label;

	/** Article tags this interest covers; every article for {@link #NEW_ARTICLES}. */
	final Set<String> articleTags;

	Interest(String label, Set<String> articleTags) {
		this.label = label;
		this.articleTags = articleTags;
	}

	static Optional<Interest> fromCode(String code) {
		return Arrays.stream(values()).filter(interest -> interest.name().equals(code)).findFirst();
	}
}
