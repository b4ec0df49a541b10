package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NprsTest {

	private static final Instrument NPRS = Nprs.INSTRUMENT;

	private static InstrumentScore pain(int value) {
		return NPRS.score(Map.of(Nprs.ITEM, value));
	}

	@Test
	void scoresEveryRatingFromZeroToTen() {
		for (int value = 0; value <= 10; value++) {
			assertThat(pain(value).value()).isEqualTo(value);
			assertThat(pain(value).category()).isNull();
		}
		assertThat(NPRS.lowestScore()).isZero();
		assertThat(NPRS.highestScore()).isEqualTo(10);
	}

	@Test
	void refusesRatingsOutsideTheScale() {
		assertThatThrownBy(() -> pain(-1)).isInstanceOf(InstrumentAnswersInvalid.class)
			.hasMessage("pain: -1 is not one of its answers (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
		assertThatThrownBy(() -> pain(11)).isInstanceOf(InstrumentAnswersInvalid.class);
	}

	@Test
	void refusesMissingAndUnknownItems() {
		assertThatThrownBy(() -> NPRS.score(Map.of())).isInstanceOf(InstrumentAnswersInvalid.class)
			.hasMessage("pain: not answered");
		assertThatThrownBy(() -> NPRS.score(Map.of(Nprs.ITEM, 3, "mood", 2)))
			.isInstanceOfSatisfying(InstrumentAnswersInvalid.class,
					invalid -> assertThat(invalid.problems()).containsExactly("mood: there is no such item in NPRS"));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			// two points is enough whatever the baseline
			"10, 8, IMPROVED", "3, 1, IMPROVED", "2, 0, IMPROVED",
			// one point is not, unless it is 30% of the baseline
			"8, 7, UNCHANGED", "5, 4, UNCHANGED", "4, 3, UNCHANGED", "3, 2, IMPROVED", "1, 0, IMPROVED",
			// 30% exactly counts (10 → 7 is three points anyway)
			"10, 7, IMPROVED",
			// no change
			"0, 0, UNCHANGED", "6, 6, UNCHANGED",
			// worse: two points; a percentage never makes it worse
			"6, 8, WORSE", "0, 2, WORSE", "1, 2, UNCHANGED", "3, 4, UNCHANGED", "8, 10, WORSE" })
	void judgesChangeByTwoPointsOrThirtyPercent(int baseline, int followUp, InstrumentChange expected) {
		assertThat(NPRS.change(pain(baseline), pain(followUp))).isEqualTo(expected);
	}

	@Test
	void comparesOnlyItsOwnScores() {
		var psfs = Psfs.INSTRUMENT.score(Map.of("activity-1", 5));
		assertThatThrownBy(() -> NPRS.change(pain(5), psfs)).isInstanceOf(IllegalArgumentException.class);
	}
}
