package org.backcare.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StreakTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

	@Test
	void nothingTickedEverIsNoStreak() {
		assertThat(Streak.of(Set.of(), TODAY)).isEqualTo(new Streak(0, 0, false));
	}

	@Test
	void tickingTodayStartsAStreakOfOne() {
		var streak = Streak.of(Set.of(TODAY), TODAY);

		assertThat(streak).isEqualTo(new Streak(1, 1, true));
		assertThat(streak.atRisk()).isFalse();
	}

	@Test
	void countsEveryDayInARowEndingToday() {
		assertThat(Streak.of(daysAgo(0, 1, 2), TODAY)).isEqualTo(new Streak(3, 3, true));
	}

	@Test
	void aStreakEndingYesterdayIsKeptUntilTodayIsOver() {
		var streak = Streak.of(daysAgo(1, 2), TODAY);

		assertThat(streak).isEqualTo(new Streak(2, 2, false));
		assertThat(streak.atRisk()).isTrue();
	}

	@Test
	void onlyYesterdayTickedIsAStreakOfOneAtRisk() {
		var streak = Streak.of(daysAgo(1), TODAY);

		assertThat(streak).isEqualTo(new Streak(1, 1, false));
		assertThat(streak.atRisk()).isTrue();
	}

	@Test
	void aWholeDayWithoutATickEndsTheStreak() {
		var streak = Streak.of(daysAgo(2, 3, 4), TODAY);

		assertThat(streak).isEqualTo(new Streak(0, 3, false));
		assertThat(streak.atRisk()).isFalse();
	}

	@Test
	void aGapSplitsTheStreakAndOnlyTheRunEndingTodayCounts() {
		assertThat(Streak.of(daysAgo(0, 1, 3, 4, 5), TODAY)).isEqualTo(new Streak(2, 3, true));
	}

	@Test
	void theLongestStreakIsRememberedAfterItEnds() {
		assertThat(Streak.of(daysAgo(0, 10, 11, 12, 13, 14, 20, 21), TODAY)).isEqualTo(new Streak(1, 5, true));
	}

	@Test
	void theLongestStreakIsNeverShorterThanTheCurrentOne() {
		assertThat(Streak.of(daysAgo(0, 1, 2, 3, 10, 11), TODAY)).isEqualTo(new Streak(4, 4, true));
	}

	@Test
	void daysAfterTodayAreIgnored() {
		assertThat(Streak.of(Set.of(TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3)), TODAY))
			.isEqualTo(new Streak(0, 0, false));
		assertThat(Streak.of(Set.of(TODAY.minusDays(1), TODAY.plusDays(1)), TODAY)).isEqualTo(new Streak(1, 1, false));
	}

	@Test
	void runsAcrossMonthYearAndLeapDayBoundaries() {
		var newYear = LocalDate.of(2027, 1, 1);
		assertThat(Streak.of(Set.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), newYear), newYear))
			.isEqualTo(new Streak(3, 3, true));
		var firstOfMarch = LocalDate.of(2028, 3, 1);
		assertThat(Streak.of(Set.of(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29)), firstOfMarch))
			.isEqualTo(new Streak(2, 2, false));
	}

	@Test
	void agreesWithCountingBitsForEveryPatternOfTwelveDays() {
		int days = 12;
		for (int pattern = 0; pattern < 1 << days; pattern++) {
			List<LocalDate> ticked = new ArrayList<>();
			for (int ago = 0; ago < days; ago++) {
				if ((pattern & 1 << ago) != 0) {
					ticked.add(TODAY.minusDays(ago));
				}
			}
			boolean today = (pattern & 1) != 0;
			int current = Integer.numberOfTrailingZeros(~(today ? pattern : pattern >>> 1));
			int longest = 0;
			for (int rest = pattern; rest != 0; rest &= rest << 1) {
				longest++;
			}

			assertThat(Streak.of(ticked, TODAY)).as(Integer.toBinaryString(pattern))
				.isEqualTo(new Streak(current, longest, today));
		}
	}

	@Test
	void theWeekIsTheLastSevenDaysEndingToday() {
		assertThat(Streak.lastWeek(TODAY)).containsExactly(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 2, 27),
				LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
				TODAY);
	}

	private static List<LocalDate> daysAgo(int... ago) {
		List<LocalDate> days = new ArrayList<>();
		for (int n : ago) {
			days.add(TODAY.minusDays(n));
		}
		return days;
	}
}
