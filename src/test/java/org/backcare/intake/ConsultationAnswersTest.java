package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsultationAnswersTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	static ConsultationAnswers pain(String legs) {
		return ConsultationAnswers.none()
			.with(ConsultationStep.PAIN, Map.of("painOnset", List.of("2026-10-01"), "painNow", List.of("5"), "legSymptoms",
					List.of(legs)));
	}

	@Test
	void hasNoIntakeUntilThePainIsAnswered() {
		assertThat(ConsultationAnswers.none().toIntake(TODAY)).isNull();
		assertThat(pain("NONE").toIntake(TODAY).painNow()).isEqualTo(5);
	}

	@Test
	void symptomsInBothLegsAreTheCaudaEquinaRedFlag() {
		Intake intake = pain("BOTH_LEGS").toIntake(TODAY);

		assertThat(intake.has(RedFlag.BILATERAL_LEG_SYMPTOMS)).isTrue();
		assertThat(intake.radiatingLegPain()).isTrue();
		assertThat(new RedFlagScreen(ScreeningSettings.defaults()).screen(intake).outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
	}

	@Test
	void mapsHealthAnswersToTheIntake() {
		var answers = pain("ONE_LEG").with(ConsultationStep.SAFETY, Map.of("pregnant", List.of("yes")))
			.with(ConsultationStep.HEALTH, Map.of("pregnancyWeek", List.of("24"), "surgeryDate", List.of("2026-11-01"),
					"causes", List.of("PREGNANCY", "NOT_A_CAUSE"), "deliveryDate", List.of("")));

		Intake intake = answers.toIntake(TODAY);

		assertThat(intake.pregnancyWeek()).isEqualTo(24);
		assertThat(intake.has(Condition.RECENT_SURGERY)).isTrue();
		assertThat(intake.recentSurgeryDate()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(intake.causes()).containsExactly(Cause.PREGNANCY);
		assertThat(intake.postpartum()).isNull();
		assertThat(ConsultationValidation.check(ConsultationStep.HEALTH, answers, TODAY).get("causes"))
			.isEqualTo("Choose from the answers offered.");
	}

	@Test
	void aPregnancyNeedsTheDueDateOrTheWeekButNotBoth() {
		var both = pain("NONE").with(ConsultationStep.SAFETY, Map.of("pregnant", List.of("yes")))
			.with(ConsultationStep.HEALTH, Map.of("dueDate", List.of("2027-03-01"), "pregnancyWeek", List.of("20")));
		var neither = both.with(ConsultationStep.HEALTH, Map.of());

		assertThat(ConsultationValidation.check(ConsultationStep.HEALTH, both, TODAY).has("dueDate")).isTrue();
		assertThat(ConsultationValidation.check(ConsultationStep.HEALTH, neither, TODAY).has("dueDate")).isTrue();
	}

	@Test
	void savingAStepReplacesOnlyThatStepsAnswers() {
		var answers = pain("NONE").with(ConsultationStep.SAFETY, Map.of("redFlags", List.of("MINOR_TRAUMA")))
			.with(ConsultationStep.SAFETY, Map.of());

		assertThat(answers.values()).doesNotContainKey("redFlags").containsKey("painNow");
	}
}
