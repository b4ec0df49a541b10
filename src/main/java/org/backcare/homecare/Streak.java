package org.backcare.homecare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * How many days in a row a client has done something from their home programme.
 *
 * @param current consecutive days ending today, or ending yesterday while today is not over and nothing is ticked
 * yet (a streak is only lost once a whole day passes without a tick)
 * @param longest the longest run ever, never less than {@code current}
 * @param keptToday whether today already counts
 */
record Streak(int current, int longest, boolean keptToday) {

	static final int WEEK = 7;

	/**
	 * @param ticked every day with at least one tick; days after {@code today} (a clock or time zone change) are
	 * ignored
	 */
	static Streak of(Collection<LocalDate> ticked, LocalDate today) {
		var days = new TreeSet<LocalDate>(ticked).headSet(today, true);
		boolean keptToday = days.contains(today);
		LocalDate end = keptToday ? today : today.minusDays(1);
		int current = 0;
		while (days.contains(end.minusDays(current))) {
			current++;
		}
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate day : days) {
			run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = day;
		}
		return new Streak(current, longest, keptToday);
	}

	/** The seven days the page shows, oldest first, ending today. */
	static List<LocalDate> lastWeek(LocalDate today) {
		return IntStream.range(0, WEEK).mapToObj(ago -> today.minusDays(WEEK - 1 - ago)).toList();
	}

	/** A streak that is still alive but needs a tick before the day is over. */
	boolean atRisk() {
		return current > 0 && !keptToday;
	}
}
