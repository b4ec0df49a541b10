package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcare.intake.InstrumentChange.IMPROVED;
import static org.backcare.intake.InstrumentChange.UNCHANGED;
import static org.backcare.intake.InstrumentChange.WORSE;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PsfsTest {

	private static final Instrument PSFS = Psfs.INSTRUMENT;

	@Test
	void scoresTheMeanOfOneToThreeActivities() {
		assertThat(PSFS.score(Map.of("activity-1", 4)).value()).isEqualTo(4);
		assertThat(PSFS.score(Map.of("activity-1", 4, "activity-2", 7)).value()).isEqualTo(5.5);
		var three = PSFS.score(Map.of("activity-1", 4, "activity-2", 7, "activity-3", 2));
		assertThat(three.value()).isCloseTo(13.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(three.shown()).isEqualTo("4.33");
		assertThat(PSFS.score(Map.of("activity-1", 0, "activity-3", 10)).value()).isEqualTo(5);
	}

	@Test
	void rangesFromZeroToTenWithTheClientNamingTheActivities() {
		assertThat(PSFS.lowestScore()).isZero();
		assertThat(PSFS.highestScore()).isEqualTo(10);
		assertThat(PSFS.items()).hasSize(3).allMatch(Instrument.Item::clientNamed);
		assertThat(PSFS.items()).extracting(Instrument.Item::required).containsExactly(true, false, false);
	}

	@Test
	void needsTheFirstActivityAndRatingsFromZeroToTen() {
		assertThatThrownBy(() -> PSFS.score(Map.of("activity-2", 5))).isInstanceOf(InstrumentAnswersInvalid.class)
			.hasMessage("activity-1: not answered");
		assertThatThrownBy(() -> PSFS.score(Map.of("activity-1", 11, "activity-4", 3)))
			.isInstanceOfSatisfying(InstrumentAnswersInvalid.class, invalid -> assertThat(invalid.problems())
				.containsExactly("activity-4: there is no such item in PSFS",
						"activity-1: 11 is not one of its answers (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"));
	}

	@ParameterizedTest(name = "mean {0} → {1}: {2}")
	@CsvSource({ "3, 5, IMPROVED", "3, 4.9, UNCHANGED", "0, 10, IMPROVED", "5, 5, UNCHANGED", "5, 3, WORSE",
			"5, 3.1, UNCHANGED", "10, 0, WORSE", "0, 1, UNCHANGED" })
	void judgesTheMeanByTwoPoints(double baseline, double followUp, InstrumentChange expected) {
		assertThat(PSFS.scoring().change(baseline, followUp)).isEqualTo(expected);
	}

	@Test
	void judgesChangeOfScores() {
		var baseline = PSFS.score(Map.of("activity-1", 2, "activity-2", 4));
		var better = PSFS.score(Map.of("activity-1", 5, "activity-2", 5));
		assertThat(PSFS.change(baseline, better)).isEqualTo(IMPROVED);
		assertThat(PSFS.change(better, baseline)).isEqualTo(WORSE);
	}

	@ParameterizedTest(name = "one activity {0} → {1}: {2}")
	@CsvSource({ "2, 5, IMPROVED", "2, 4, UNCHANGED", "7, 4, WORSE", "7, 5, UNCHANGED", "0, 3, IMPROVED",
			"10, 10, UNCHANGED" })
	void judgesOneActivityByThreePoints(int baseline, int followUp, InstrumentChange expected) {
		assertThat(PSFS.scoring().itemChange(baseline, followUp)).isEqualTo(expected);
	}

	@Test
	void noPercentageSoABaselineOfZeroIsFine() {
		assertThat(PSFS.scoring().importantChange().percent()).isNull();
		assertThat(PSFS.scoring().change(0, 1.5)).isEqualTo(UNCHANGED);
	}
}
