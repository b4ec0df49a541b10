package org.backcare.newsletter;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which tip a subscriber's next digest brings: the first in the cycle they have not had, among those for
 * everyone or for an interest they chose. Once they have had every such tip, the cycle starts again from the
 * first, so no tip comes twice within a cycle.
 *
 * @param startsNewCycle whether the tips they had must be forgotten before this one is recorded
 */
record TipChoice(Tip tip, boolean startsNewCycle) {

	/**
	 * @param cycle the tips in the cycle (not retired), in order
	 * @param had the ids of the tips the subscriber has had since their cycle began
	 * @return empty when no tip suits the subscriber at all
	 */
	static Optional<TipChoice> next(List<Tip> cycle, Set<Interest> interests, Set<Long> had) {
		Tip first = null;
		for (Tip tip : cycle) {
			if (tip.retired() || !tip.suits(interests)) {
				continue;
			}
			if (!had.contains(tip.id())) {
				return Optional.of(new TipChoice(tip, false));
			}
			if (first == null) {
				first = tip;
			}
		}
		return Optional.ofNullable(first).map(tip -> new TipChoice(tip, true));
	}
}
