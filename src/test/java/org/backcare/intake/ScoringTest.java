package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcare.intake.InstrumentChange.IMPROVED;
import static org.backcare.intake.InstrumentChange.UNCHANGED;
import static org.backcare.intake.InstrumentChange.WORSE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring with the made-up instruments of docs/instruments.md and a few made up here. */
class ScoringTest {

	private static final Instrument STIFFNESS = InstrumentFormat.read(InstrumentExamples.morningStiffness());

	private static final Instrument OUTLOOK = InstrumentFormat.read(InstrumentExamples.outlookSorter());

	private static final List<String> STIFFNESS_ITEMS = List.of("getting-up", "socks", "duration", "shower", "mood");

	/** Answers the first items with 4, the next one with the rest, so that they add up to the total. */
	private static Map<String, Integer> stiffnessTotalling(int total) {
		var answers = new HashMap<String, Integer>();
		int left = total;
		for (String item : STIFFNESS_ITEMS) {
			answers.put(item, Math.min(4, left));
			left -= Math.min(4, left);
		}
		return answers;
	}

	private static Map<String, Integer> outlook(int walk, int lift, int sleep, int future, int mind, int careful,
			int bother) {
		return Map.of("walk", walk, "lift", lift, "sleep", sleep, "future", future, "mind", mind, "careful", careful,
				"bother", bother);
	}

	private static Instrument.Item item(String id, boolean required, int... values) {
		return new Instrument.Item(id, "Made-up question " + id, required, false,
				java.util.Arrays.stream(values).mapToObj(value -> new Instrument.Option(value, "answer " + value)).toList());
	}

	@ParameterizedTest(name = "total {0} → {1}")
	@CsvSource({ "0, MILD", "5, MILD", "6, MODERATE", "12, MODERATE", "13, SEVERE", "20, SEVERE" })
	void sumsAndBandsAtTheEdges(int total, String band) {
		var score = STIFFNESS.score(stiffnessTotalling(total));
		assertThat(score.value()).isEqualTo(total);
		assertThat(score.category()).isEqualTo(band);
		assertThat(score.categoryLabel()).isEqualTo(band.charAt(0) + band.substring(1).toLowerCase());
		assertThat(score.code()).isEqualTo("MSI");
		assertThat(score.version()).isEqualTo(1);
	}

	@Test
	void rangeComesFromTheItems() {
		assertThat(STIFFNESS.lowestScore()).isZero();
		assertThat(STIFFNESS.highestScore()).isEqualTo(20);
		assertThat(OUTLOOK.lowestScore()).isZero();
		assertThat(OUTLOOK.highestScore()).isEqualTo(7);
	}

	@Test
	void reportsEveryProblemWithTheAnswers() {
		var answers = new HashMap<>(stiffnessTotalling(8));
		answers.remove("socks");
		answers.remove("mood");
		answers.put("shower", 5);
		answers.put("coffee", 1);
		assertThatThrownBy(() -> STIFFNESS.score(answers)).isInstanceOfSatisfying(InstrumentAnswersInvalid.class,
				invalid -> assertThat(invalid.problems()).containsExactly("coffee: there is no such item in MSI",
						"socks: not answered", "shower: 5 is not one of its answers (0, 1, 2, 3, 4)", "mood: not answered"));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			// three points, whatever the baseline
			"20, 17, IMPROVED", "12, 9, IMPROVED", "12, 10, UNCHANGED",
			// or 30% of the baseline: 2 of 5 is 40%, 2 of 9 is 22%, 3 of 10 is both
			"5, 3, IMPROVED", "9, 7, UNCHANGED", "10, 7, IMPROVED", "1, 0, IMPROVED", "0, 0, UNCHANGED",
			// worse only by points
			"4, 6, UNCHANGED", "4, 7, WORSE", "0, 3, WORSE", "1, 2, UNCHANGED" })
	void judgesChangeByPointsOrPercentOfTheBaseline(int baseline, int followUp, InstrumentChange expected) {
		assertThat(STIFFNESS.change(STIFFNESS.score(stiffnessTotalling(baseline)),
				STIFFNESS.score(stiffnessTotalling(followUp)))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}{1}{2}{3}{4}{5}{6} → {7} (total {8}, outlook {9})")
	@CsvSource({
			"0,0,0,0,0,0,0, LOW, 0, 0", "1,1,0,0,0,0,0, LOW, 2, 0", "1,1,1,0,0,0,0, MEDIUM, 3, 0",
			"1,1,1,1,1,0,0, MEDIUM, 5, 2", "0,0,0,1,1,1,0, HIGH, 3, 3", "1,1,1,1,1,1,1, HIGH, 7, 4",
			"0,0,0,0,1,1,1, HIGH, 3, 3" })
	void sortsBySubscaleThresholdsInOrder(int walk, int lift, int sleep, int future, int mind, int careful, int bother,
			String group, int total, int outlook) {
		var score = OUTLOOK.score(outlook(walk, lift, sleep, future, mind, careful, bother));
		assertThat(score.category()).isEqualTo(group);
		assertThat(score.value()).isEqualTo(total);
		assertThat(score.subscales()).containsExactly(Map.entry("outlook", (double) outlook));
	}

	@Test
	void optionsMayShareAValue() {
		var bother = OUTLOOK.item("bother").orElseThrow();
		assertThat(bother.options()).hasSize(5);
		assertThatThrownBy(() -> OUTLOOK.score(outlook(0, 0, 0, 0, 0, 0, 2)))
			.hasMessage("bother: 2 is not one of its answers (0, 1)");
	}

	@Test
	void aScreeningToolHasNoChange() {
		var score = OUTLOOK.score(outlook(0, 0, 0, 0, 0, 0, 0));
		assertThatThrownBy(() -> OUTLOOK.change(score, score)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> OUTLOOK.scoring().itemChange(0, 1)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void percentOnlyNeverJudgesWorseAndNeedsABaseline() {
		var scoring = Scoring.of(Scoring.Method.SUM, Scoring.Direction.HIGHER_IS_BETTER,
				new Scoring.ImportantChange(null, 50.0, null));
		assertThat(scoring.change(10, 15)).isEqualTo(IMPROVED);
		assertThat(scoring.change(10, 14)).isEqualTo(UNCHANGED);
		assertThat(scoring.change(10, 0)).isEqualTo(UNCHANGED);
		assertThat(scoring.change(0, 10)).isEqualTo(UNCHANGED);
		assertThat(scoring.change(-10, -5)).isEqualTo(IMPROVED);
		assertThatThrownBy(() -> scoring.itemChange(1, 5)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void higherIsBetterTurnsTheComparisonRound() {
		var scoring = Scoring.of(Scoring.Method.SUM, Scoring.Direction.HIGHER_IS_BETTER,
				new Scoring.ImportantChange(2.0, null, 1.0));
		assertThat(scoring.change(4, 6)).isEqualTo(IMPROVED);
		assertThat(scoring.change(6, 4)).isEqualTo(WORSE);
		assertThat(scoring.itemChange(6, 5)).isEqualTo(WORSE);
		assertThat(scoring.itemChange(5, 5)).isEqualTo(UNCHANGED);
	}

	@Test
	void anImportantChangeNeedsPointsOrPercent() {
		assertThatThrownBy(() -> new Scoring.ImportantChange(null, null, 3.0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void optionalItemsAddNothingWhenLeftOutAndNegativeValuesCount() {
		var instrument = new Instrument("MADE", "Made-up", 1, "Made up for this test.",
				List.of(item("a", true, -2, 0, 2), item("b", false, -3, 1), item("c", false, 1, 5)),
				new Scoring(Scoring.Method.SUM, Scoring.Direction.HIGHER_IS_BETTER, null, List.of(),
						List.of(new Scoring.Category("NEGATIVE", "Below zero", List.of(new Scoring.Threshold("total", null, -1.0))))));
		assertThat(instrument.score(Map.of("a", 2)).value()).isEqualTo(2);
		assertThat(instrument.score(Map.of("a", 2)).category()).isNull();
		assertThat(instrument.score(Map.of("a", -2, "b", -3)).category()).isEqualTo("NEGATIVE");
		assertThat(instrument.lowestScore()).isEqualTo(-5);
		assertThat(instrument.highestScore()).isEqualTo(8);
	}

	@Test
	void somethingMustBeAnswered() {
		var instrument = new Instrument("MADE", "Made-up", 1, "Made up for this test.",
				List.of(item("a", false, 0, 1), item("b", false, 0, 1)),
				Scoring.of(Scoring.Method.MEAN, Scoring.Direction.LOWER_IS_BETTER, null));
		assertThatThrownBy(() -> instrument.score(Map.of())).hasMessage("no item is answered");
		assertThat(instrument.score(Map.of("b", 1)).value()).isEqualTo(1);
		assertThat(instrument.lowestScore()).isZero();
		assertThat(instrument.highestScore()).isEqualTo(1);
	}

	@Test
	void showsAtMostTwoDecimals() {
		assertThat(InstrumentScore.shown(7)).isEqualTo("7");
		assertThat(InstrumentScore.shown(2.5)).isEqualTo("2.5");
		assertThat(InstrumentScore.shown(2.0 / 3)).isEqualTo("0.67");
		assertThat(InstrumentScore.shown(-1.005)).isEqualTo("-1.01");
	}
}
