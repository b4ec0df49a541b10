package org.backcare.newsletter;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Interests as the admin reads them: their labels, always in the same order. */
final class InterestWords {

	private InterestWords() {
	}

	static String of(Set<Interest> interests) {
		return Arrays.stream(Interest.values())
			.filter(interests::contains)
			.map(interest -> interest.label)
			.collect(Collectors.joining(", "));
	}
}
