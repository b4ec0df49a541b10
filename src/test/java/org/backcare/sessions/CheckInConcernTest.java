package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckInConcernTest {

	@Test
	void ordinarySorenessBruisingHeadacheAndTirednessAreNoConcern() {
		assertThat(CheckInConcern.in(answers(false, false, false, 4), 3)).isEmpty();
	}

	@Test
	void newLegWeaknessNumbnessOrWorseningPainEachAreAConcern() {
		assertThat(CheckInConcern.in(answers(true, false, false, 3), null)).containsExactly(CheckInConcern.LEG_WEAKNESS);
		assertThat(CheckInConcern.in(answers(false, true, false, 3), null)).containsExactly(CheckInConcern.NUMBNESS);
		assertThat(CheckInConcern.in(answers(false, false, true, 3), null)).containsExactly(CheckInConcern.PAIN_WORSE);
	}

	@Test
	void painTwoPointsOverTheSessionsStartIsAConcernOnePointIsNot() {
		assertThat(CheckInConcern.in(answers(false, false, false, 5), 3)).containsExactly(CheckInConcern.PAIN_UP);
		assertThat(CheckInConcern.in(answers(false, false, false, 4), 3)).isEmpty();
		assertThat(CheckInConcern.PAIN_UP.words(answers(false, false, false, 5), 3))
			.isEqualTo("Pain today 5/10, up from 3/10 before the session");
	}

	@Test
	void withoutASessionRecordPainTodayAloneIsNoConcern() {
		assertThat(CheckInConcern.in(answers(false, false, false, 10), null)).isEmpty();
	}

	@Test
	void onlyWeaknessOrNumbnessSendTheClientToADoctorToday() {
		assertThat(CheckInConcern.neurological(CheckInConcern.in(answers(true, false, false, 3), null))).isTrue();
		assertThat(CheckInConcern.neurological(CheckInConcern.in(answers(false, true, false, 3), null))).isTrue();
		assertThat(CheckInConcern.neurological(CheckInConcern.in(answers(false, false, true, 9), 2))).isFalse();
	}

	private static CheckInAnswers answers(boolean weakness, boolean numbness, boolean worse, int painToday) {
		return new CheckInAnswers(7, 72, true, true, true, weakness, numbness, worse, null, painToday);
	}
}
