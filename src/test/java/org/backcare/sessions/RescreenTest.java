package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.backcare.intake.Condition;
import org.backcare.intake.Intake;
import org.backcare.intake.RedFlag;
import org.backcare.intake.RedFlagScreen;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.intake.ScreeningSettings;
import org.junit.jupiter.api.Test;

class RescreenTest {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

	private final Rescreen rescreen = new Rescreen(new RedFlagScreen(ScreeningSettings.defaults()));

	@Test
	void noFlagTodayLetsTheSessionGoAhead() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(), 5, TODAY);
		assertThat(result.stops()).isFalse();
		assertThat(result.stoppedAs()).isNull();
	}

	@Test
	void newSaddleNumbnessStopsTheSessionAsAnEmergency() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(RedFlag.SADDLE_NUMBNESS), 5, TODAY);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(result.findings()).extracting(f -> f.rule()).containsExactly("S1");
		assertThat(result.findings().get(0).action()).contains("emergency department now");
	}

	@Test
	void newFeverSendsTheClientToADoctorToday() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(RedFlag.FEVER_OR_CHILLS), 4, TODAY);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
		assertThat(result.findings().get(0).action()).contains("see a doctor today");
	}

	@Test
	void newWeightLossMeansAPhysicianBeforeTreatment() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS), 4, TODAY);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.REFER_BEFORE_TREATMENT);
	}

	@Test
	void feelingUnwellTodayPostponesTheSession() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(RedFlag.ACUTE_SYSTEMIC_ILLNESS), 4, TODAY);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
	}

	@Test
	void aFlagAlreadyReportedAtTheIntakeIsNotNewAndDoesNotStopTheSession() {
		var result = rescreen.of(intake(Set.of(RedFlag.HISTORY_OF_CANCER), Set.of()), Set.of(RedFlag.HISTORY_OF_CANCER), 4, TODAY);
		assertThat(result.newFlags()).isEmpty();
		assertThat(result.stops()).isFalse();
	}

	@Test
	void aMinorFallOnItsOwnIsWatchedNotStopped() {
		var result = rescreen.of(intake(Set.of(), Set.of()), Set.of(RedFlag.MINOR_TRAUMA), 4, TODAY);
		assertThat(result.stops()).isFalse();
		assertThat(result.screening().outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
	}

	@Test
	void aMinorFallWithOsteoporosisFromTheIntakeStopsTheSession() {
		var result = rescreen.of(intake(Set.of(), Set.of(Condition.OSTEOPOROSIS)), Set.of(RedFlag.MINOR_TRAUMA), 4, TODAY);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.REFER_BEFORE_TREATMENT);
		assertThat(result.findings()).extracting(f -> f.rule()).containsExactly("S7");
	}

	@Test
	void aClearedConditionOfTheIntakeDoesNotStopASessionWithAHarmlessNewFlag() {
		// Severe osteoporosis needed a clearance (M2) at the intake; a minor fall today is S7, not M2 again.
		var result = rescreen.of(intake(Set.of(), Set.of(Condition.OSTEOPOROSIS_SEVERE)), Set.of(RedFlag.MINOR_TRAUMA), 4, TODAY);
		assertThat(result.findings()).extracting(f -> f.rule()).doesNotContain("M2");
	}

	@Test
	void withoutAConsultationEveryFlagIsNew() {
		var result = rescreen.of(null, Set.of(RedFlag.SUSPECTED_DVT), null, TODAY);
		assertThat(result.newFlags()).containsExactly(RedFlag.SUSPECTED_DVT);
		assertThat(result.stoppedAs()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
	}

	private static Intake intake(Set<RedFlag> flags, Set<Condition> conditions) {
		return new Intake(TODAY.minusWeeks(6), LocalDate.of(1980, 1, 1), TODAY.minusMonths(5), 5, null, false, Set.of(),
				Set.of(), flags, conditions, null, null, Set.of(), Set.of(), null, false, null, Set.of(), false, Set.of());
	}
}
