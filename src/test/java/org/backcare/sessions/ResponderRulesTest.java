package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.sessions.Series.aSeries;

import org.backcare.sessions.OutcomeRules.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** O3 and 11.1, each threshold at, just under and just over. */
class ResponderRulesTest {

	@ParameterizedTest(name = "pain {0} then {1}: {2}")
	@CsvSource({ "6, 5, NO_MEANINGFUL_CHANGE", "6, 4, RESPONDER", "6, 3, RESPONDER", "8, 7, NO_MEANINGFUL_CHANGE",
			"8, 6, RESPONDER", "6, 6, NO_MEANINGFUL_CHANGE", "6, 9, NO_MEANINGFUL_CHANGE" })
	void aFallOfTwoPointsIsMeaningful(int before, int after, Status expected) {
		assertThat(Rules.responder(aSeries().session(0, before).session(168, after)).status()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "pain {0} then {1}: {2}")
	@CsvSource({ "10, 7, RESPONDER", "7, 5, NO_MEANINGFUL_CHANGE", "10, 8, NO_MEANINGFUL_CHANGE", "3, 2, RESPONDER",
			"9, 6, RESPONDER" })
	void aFallOfThirtyPercentIsMeaningful(int before, int after, Status expected) {
		var series = aSeries().session(0, before).session(168, after).build();
		assertThat(OutcomeRules.responder(series, Rules.PERCENT_ONLY).status()).isEqualTo(expected);
	}

	@Test
	void aSmallFallFromALowStartIsMeaningfulByItsShare() {
		var answer = Rules.responder(aSeries().session(0, 3).session(168, 2));
		assertThat(answer.status()).isEqualTo(Status.RESPONDER);
		assertThat(answer.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.rule()).isEqualTo("O3"))
			.satisfies(reason -> assertThat(reason.words()).contains("3/10", "2/10", "33 %", "at least 30 %"));
	}

	@Test
	void saysWhyWithTheNumbers() {
		var answer = Rules.responder(aSeries().session(0, 7).session(168, 4));
		assertThat(answer.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.words()).isEqualTo("Pain from 7/10 at the start to 4/10 now: down 3 points, at least 2 points."));
	}

	@Test
	void saysHowFarAClientWithoutResponseIs() {
		var answer = Rules.responder(aSeries().session(0, 6).session(168, 5));
		assertThat(answer.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.words()).contains("down 1 point (17 %)", "2 points or 30 %"));
	}

	@ParameterizedTest(name = "PSFS {0} then {1}: {2}")
	@CsvSource({ "4;4;4, 6;6;6, RESPONDER", "4;4;4, 6;6;5, NO_MEANINGFUL_CHANGE", "4;4;4, 7;6;6, RESPONDER",
			"3;4;4, 5;6;6, RESPONDER", "5, 6, NO_MEANINGFUL_CHANGE", "5, 7, RESPONDER" })
	void aRiseOfTwoOnThePsfsMeanIsMeaningful(String first, String last, Status expected) {
		var series = aSeries().psfs(0, ratings(first)).psfs(500, ratings(last));
		var answer = Rules.responder(series);
		assertThat(answer.status()).isEqualTo(expected);
		assertThat(answer.reasons()).allSatisfy(reason -> assertThat(reason.rule()).isEqualTo("11.1"));
	}

	@Test
	void eitherMeasureIsEnough() {
		var answer = Rules.responder(aSeries().session(0, 6).session(168, 6).psfs(0, 3).psfs(168, 5));
		assertThat(answer.status()).isEqualTo(Status.RESPONDER);
		assertThat(answer.reasons()).extracting(OutcomeRules.Reason::rule).containsExactly("11.1");
	}

	@Test
	void theConsultationsPainIsTheBaselineUntilASessionIsRecorded() {
		assertThat(Rules.responder(aSeries().intakePain(6).checkIn(30, 4)).status()).isEqualTo(Status.RESPONDER);
		assertThat(Rules.responder(aSeries().intakePain(8).session(0, 6).session(168, 5)).status())
			.isEqualTo(Status.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void theLatestScoreCountsEvenFromACheckIn() {
		assertThat(Rules.responder(aSeries().session(0, 6).session(168, 6).checkIn(200, 3)).status()).isEqualTo(Status.RESPONDER);
		assertThat(Rules.responder(aSeries().session(0, 6).checkIn(30, 3).session(168, 6)).status())
			.isEqualTo(Status.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void aSingleMeasurementIsTooEarlyToTell() {
		assertThat(Rules.responder(aSeries().session(0, 6)).status()).isEqualTo(Status.TOO_EARLY);
		assertThat(Rules.responder(aSeries().psfs(0, 4)).status()).isEqualTo(Status.TOO_EARLY);
		assertThat(Rules.responder(aSeries()).reasons()).isEmpty();
	}

	private static Integer[] ratings(String list) {
		return java.util.Arrays.stream(list.split(";")).map(Integer::valueOf).toArray(Integer[]::new);
	}
}
