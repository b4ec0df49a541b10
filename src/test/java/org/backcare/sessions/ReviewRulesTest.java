package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.sessions.Series.aSeries;

import org.backcare.careplans.PlanProgress.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** O4 and O5, each threshold at, just under and just over, and how states escalate. */
class ReviewRulesTest {

	@ParameterizedTest(name = "{0} sessions, review after {1}: {2}")
	@CsvSource({ "3, 4, ON_TRACK", "4, 4, REVIEW", "5, 4, REVIEW", "5, 6, ON_TRACK", "6, 6, REVIEW", "7, 6, REVIEW",
			"9, 4, REVIEW" })
	void noMeaningfulChangeAfterThePlansSessionsAsksForAReview(int sessions, int reassessAfter, State expected) {
		var answer = Rules.review(aSeries().sessions(sessions, 6), reassessAfter);
		assertThat(answer.state()).isEqualTo(expected);
		if (expected == State.REVIEW) {
			assertThat(answer.rules()).containsExactly("O4");
			assertThat(answer.reason()).contains("No meaningful change after " + sessions + " sessions");
		}
	}

	@ParameterizedTest(name = "{0} sessions: {1}")
	@CsvSource({ "9, REVIEW", "10, STOP_PROPOSED", "11, STOP_PROPOSED" })
	void noResponseByTheTenthSessionProposesToStop(int sessions, State expected) {
		assertThat(Rules.review(aSeries().sessions(sessions, 6), 4).state()).isEqualTo(expected);
	}

	@Test
	void aResponderStaysOnTrackWhateverTheCount() {
		var answer = Rules.review(aSeries().sessions(9, 6).session(9 * 168, 4), 4);
		assertThat(answer.state()).isEqualTo(State.ON_TRACK);
		assertThat(answer.rules()).containsExactly("O3");
	}

	@ParameterizedTest(name = "reviewed at 4, now {0} sessions: {1}")
	@CsvSource({ "5, ON_TRACK", "7, ON_TRACK", "8, REVIEW", "9, REVIEW" })
	void aReviewIsAskedForAgainOnlyAfterAsManySessionsMore(int sessions, State expected) {
		assertThat(Rules.review(aSeries().sessions(sessions, 6).reviewed(4 * 168 - 100, 4), 4).state()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "stop resolved at 10, now {0} sessions: {1}")
	@CsvSource({ "10, ON_TRACK", "13, ON_TRACK", "14, REVIEW" })
	void aStopTheTherapistDeclinedIsNotProposedAgain(int sessions, State expected) {
		assertThat(Rules.review(aSeries().sessions(sessions, 6).reviewed(10 * 168 - 100, 10), 4).state()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "pain 5, then {0} and {1} {2} h apart: {3}")
	@CsvSource({ "7, 7, 48, PAUSED", "7, 7, 47.99, ON_TRACK", "7, 7, 49, PAUSED", "6, 6, 72, ON_TRACK", "8, 9, 72, PAUSED",
			"7, 6, 72, ON_TRACK" })
	void painUpTwoPointsForFortyEightHoursPausesThePlan(int first, int second, double apart, State expected) {
		var answer = Rules.review(aSeries().session(0, 5).checkIn(24, first).checkIn(24 + apart, second), 4);
		assertThat(answer.state()).isEqualTo(expected);
		if (expected == State.PAUSED) {
			assertThat(answer.rules()).containsExactly("O5");
			assertThat(answer.reason()).contains("above the starting 5/10", "48 hours");
		}
	}

	@Test
	void aLowerScoreInBetweenMeansThePainDidNotStayUp() {
		assertThat(Rules.review(aSeries().session(0, 5).checkIn(24, 7).session(48, 5).checkIn(96, 7), 4).state())
			.isEqualTo(State.ON_TRACK);
		assertThat(Rules.review(aSeries().session(0, 5).checkIn(24, 7).session(48, 5).checkIn(96, 7).session(150, 7), 4).state())
			.isEqualTo(State.PAUSED);
	}

	@Test
	void newNeurologicalSymptomsPauseThePlanAtOnce() {
		var answer = Rules.review(aSeries().session(0, 5).neurological(30), 4);
		assertThat(answer.state()).isEqualTo(State.PAUSED);
		assertThat(answer.reason()).contains("Reported: new numbness or tingling");
	}

	@Test
	void aPauseOutranksAProposedStop() {
		assertThat(Rules.review(aSeries().sessions(10, 6).neurological(10 * 168), 4).state()).isEqualTo(State.PAUSED);
	}

	@Test
	void whatTheTherapistAlreadyReviewedDoesNotPauseAgain() {
		assertThat(Rules.review(aSeries().session(0, 5).neurological(30).reviewed(40, 1), 4).state()).isEqualTo(State.ON_TRACK);
		assertThat(Rules.review(aSeries().session(0, 5).checkIn(24, 7).checkIn(72, 7).reviewed(50, 1), 4).state())
			.isEqualTo(State.ON_TRACK);
		assertThat(Rules.review(aSeries().session(0, 5).checkIn(24, 7).checkIn(72, 7).reviewed(20, 1), 4).state())
			.isEqualTo(State.PAUSED);
	}

	@ParameterizedTest(name = "{0} to {1}: {2}")
	@CsvSource({ "ON_TRACK, REVIEW, true", "ON_TRACK, PAUSED, true", "REVIEW, STOP_PROPOSED, true", "STOP_PROPOSED, PAUSED, true",
			"REVIEW, REVIEW, false", "REVIEW, ON_TRACK, false", "PAUSED, ON_TRACK, false", "PAUSED, STOP_PROPOSED, false",
			"STOP_PROPOSED, REVIEW, false" })
	void statesOnlyEscalateOnTheirOwn(State current, State evaluated, boolean escalates) {
		assertThat(OutcomeRules.escalates(current, evaluated)).isEqualTo(escalates);
	}
}
