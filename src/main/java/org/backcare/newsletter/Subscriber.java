package org.backcare.newsletter;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One address on the list and what its owner chose.
 *
 * @param everyDays days between digests the subscriber chose, or null for the practice's schedule
 * @param lastDigestAt when their last digest was written, or null before the first
 * @param linkVersion part of every unsubscribe and preferences link; raising it voids the old ones
 */
record Subscriber(long id, UUID publicId, String email, String firstName, SubscriberStatus status,
		Set<Interest> interests, Integer everyDays, Instant createdAt, Instant confirmedAt, Instant lastDigestAt,
		int linkVersion) {

	Subscriber {
		interests = Set.copyOf(interests);
	}

	boolean wants(Interest interest) {
		return interests.contains(interest);
	}
}
