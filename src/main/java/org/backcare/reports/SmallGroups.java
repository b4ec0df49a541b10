package org.backcare.reports;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which groups of a breakdown to hide so that no figure rests on fewer than a few clients. First every group
 * under the limit; then, because the total is shown, the smallest visible groups too until the hidden groups
 * together hold at least the limit (or nothing), so that no hidden group can be worked out by subtracting the
 * visible ones from the total. Pure: counts in, positions out.
 */
final class SmallGroups {

	private SmallGroups() {
	}

	/**
	 * @param counts the clients behind each group's figure
	 * @param hidden positions already hidden (their counts are as unknown to the reader as the small ones)
	 * @return the positions to hide, those given included
	 */
	static Set<Integer> hide(List<Integer> counts, Set<Integer> hidden, int least) {
		Set<Integer> hide = new LinkedHashSet<>(hidden);
		IntStream.range(0, counts.size()).filter(i -> counts.get(i) > 0 && counts.get(i) < least).forEach(hide::add);
		while (sum(counts, hide) > 0 && sum(counts, hide) < least) {
			var smallest = IntStream.range(0, counts.size())
				.boxed()
				.filter(i -> !hide.contains(i) && counts.get(i) > 0)
				.min(Comparator.comparing(counts::get));
			if (smallest.isEmpty()) {
				break;
			}
			hide.add(smallest.get());
		}
		return hide;
	}

	private static int sum(List<Integer> counts, Set<Integer> positions) {
		return positions.stream().mapToInt(counts::get).sum();
	}
}
