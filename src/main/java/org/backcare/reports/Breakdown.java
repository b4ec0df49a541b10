package org.backcare.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The period's clients split one way (by technique, therapist, pain class or number of sessions): every client
 * in exactly one group, so the groups add up to the total. Small groups are hidden, and with them whatever
 * would let the reader subtract their way back to a hidden one ({@link SmallGroups}).
 */
record Breakdown(String title, String by, List<Group> groups) {

	Breakdown {
		groups = List.copyOf(groups);
	}

	static Breakdown of(String title, String by, List<Group> raw) {
		int least = OutcomeThresholds.SMALLEST_GROUP;
		Set<Integer> rows = SmallGroups.hide(raw.stream().map(Group::clients).toList(), Set.of(), least);
		Set<Integer> outcomes = SmallGroups.hide(raw.stream().map(Group::measured).toList(), rows, least);
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Group group = raw.get(i);
			groups.add(group.hiding(privacy(rows, i, group.clients(), least), privacy(outcomes, i, group.measured(), least)));
		}
		return new Breakdown(title, by, groups);
	}

	private static Privacy privacy(Set<Integer> hidden, int position, int count, int least) {
		if (!hidden.contains(position)) {
			return Privacy.SHOWN;
		}
		return count < least ? Privacy.SMALL_GROUP : Privacy.PROTECTS_SMALL_GROUP;
	}
}
