package org.backcare.newsletter;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The rule ids of the clinical fact sheet (section 9: safety gates S, modifiers M, plan rules P, progression O,
 * aftercare A, therapist eligibility L). The ids are stable, so a tip cites them and an admin cannot cite one
 * that does not exist.
 */
final class FactRules {

	static final Set<String> IDS = ids();

	private FactRules() {
	}

	/** The ids in this space-separated list that the fact sheet does not have, in the order given. */
	static List<String> unknown(String ruleIds) {
		return Arrays.stream(ruleIds.strip().split("\\s+"))
			.filter(id -> !id.isEmpty() && !IDS.contains(id))
			.toList();
	}

	private static Set<String> ids() {
		Set<String> ids = new LinkedHashSet<>();
		numbered(ids, "S", 10);
		numbered(ids, "M", 10);
		numbered(ids, "P", 8);
		ids.addAll(List.of("P3b", "P3c"));
		numbered(ids, "O", 6);
		numbered(ids, "A", 6);
		numbered(ids, "L", 3);
		return Set.copyOf(ids);
	}

	private static void numbered(Set<String> ids, String letter, int last) {
		IntStream.rangeClosed(1, last).mapToObj(n -> letter + n).forEach(ids::add);
	}
}
