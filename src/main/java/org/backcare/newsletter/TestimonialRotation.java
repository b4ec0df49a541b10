package org.backcare.newsletter;

import java.util.List;
import java.util.Optional;

import org.backcare.content.Testimonials.Published;

/**
 * Which client story a digest shows: each digest a subscriber gets moves one along the approved stories, so
 * they see a different one each time until every one has been shown.
 */
final class TestimonialRotation {

	private TestimonialRotation() {
	}

	/** @param digestsHad how many digests the subscriber has had in their current tip cycle */
	static Optional<Published> pick(List<Published> approved, int digestsHad) {
		if (approved.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(approved.get(Math.floorMod(digestsHad, approved.size())));
	}
}
