package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.backcare.careplans.Plan;
import org.junit.jupiter.api.Test;

class PressureAdviceTest {

	private static final Plan.Pressure MODERATE_TO_FIRM = new Plan.Pressure(3, 4);

	private static final Duration LIMIT = Duration.ofHours(36);

	@Test
	void firstSessionStartsAtTheLightestThePlanAllows() {
		assertThat(PressureAdvice.next(MODERATE_TO_FIRM, null, LIMIT).level()).isEqualTo(3);
	}

	@Test
	void keepsTheLastPressureWhenTheCheckInWasFine() {
		var advice = PressureAdvice.next(MODERATE_TO_FIRM, last(4, 5, false, checkIn(3, 24, false, 4)), LIMIT);
		assertThat(advice.level()).isEqualTo(4);
		assertThat(advice.lowered()).isFalse();
	}

	@Test
	void sorenessPastTheLimitMeansOneLevelLighter() {
		var advice = PressureAdvice.next(MODERATE_TO_FIRM, last(4, 5, false, checkIn(4, 48, false, 4)), LIMIT);
		assertThat(advice.level()).isEqualTo(3);
		assertThat(advice.reasons()).extracting(PressureAdvice.Reason::rule).containsExactly("O6");
	}

	@Test
	void sorenessExactlyAtTheLimitChangesNothing() {
		assertThat(PressureAdvice.next(MODERATE_TO_FIRM, last(4, 5, false, checkIn(4, 36, false, 4)), LIMIT).level())
			.isEqualTo(4);
	}

	@Test
	void bruisingMeansOneLevelLighterWhateverTheSoreness() {
		var advice = PressureAdvice.next(MODERATE_TO_FIRM, last(4, 5, false, checkIn(0, 0, true, 4)), LIMIT);
		assertThat(advice.level()).isEqualTo(3);
		assertThat(advice.reasons().get(0).words()).contains("Bruising");
	}

	@Test
	void painTwoPointsAboveTheSessionsStartMeansLighter() {
		var advice = PressureAdvice.next(MODERATE_TO_FIRM, last(3, 4, false, checkIn(2, 12, false, 6)), LIMIT);
		assertThat(advice.level()).isEqualTo(2);
		assertThat(advice.reasons()).extracting(PressureAdvice.Reason::rule).containsExactly("6.4");
	}

	@Test
	void pressureFoundTooMuchMeansLighter() {
		assertThat(PressureAdvice.next(MODERATE_TO_FIRM, last(4, 5, true, null), LIMIT).level()).isEqualTo(3);
	}

	@Test
	void severalReasonsStillLowerByOneLevelAndNeverBelowOne() {
		var advice = PressureAdvice.next(new Plan.Pressure(1, 2), last(1, 3, true, checkIn(5, 72, true, 7)), LIMIT);
		assertThat(advice.level()).isEqualTo(1);
		assertThat(advice.reasons()).hasSize(3);
	}

	@Test
	void neverAboveThePlansFirmest() {
		assertThat(PressureAdvice.next(new Plan.Pressure(1, 2), last(4, 3, false, null), LIMIT).level()).isEqualTo(2);
	}

	private static PressureAdvice.LastSession last(int pressure, int painBefore, boolean tooMuch, CheckInAnswers checkIn) {
		return new PressureAdvice.LastSession(pressure, painBefore, tooMuch, checkIn);
	}

	private static CheckInAnswers checkIn(int soreness, int hours, boolean bruising, int painToday) {
		return new CheckInAnswers(soreness, hours, bruising, false, false, false, false, false, null, painToday);
	}
}
