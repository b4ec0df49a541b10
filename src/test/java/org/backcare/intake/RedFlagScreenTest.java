package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Intakes.anIntake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedFlagScreenTest {

	private final RedFlagScreen screen = new RedFlagScreen(ScreeningSettings.defaults());

	private ScreeningResult screen(Intakes intake) {
		return screen.screen(intake.build());
	}

	@Test
	void aClientWithoutFlagsMayProceed() {
		var result = screen(anIntake().chronic());
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.PROCEED);
		assertThat(result.findings()).isEmpty();
		assertThat(result.allowsBooking()).isTrue();
	}

	@Test
	void saddleNumbnessSendsTheClientToTheEmergencyDepartment() {
		var result = screen(anIntake().with(RedFlag.SADDLE_NUMBNESS));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("S1");
			assertThat(finding.action()).contains("emergency department now");
		});
	}

	@ParameterizedTest
	@EnumSource(value = RedFlag.class, names = { "BLADDER_OR_BOWEL_CHANGE", "BILATERAL_LEG_SYMPTOMS", "SEXUAL_DYSFUNCTION_NEW",
			"PROGRESSIVE_LEG_WEAKNESS" })
	void everyCaudaEquinaSignIsAnEmergency(RedFlag flag) {
		var result = screen(anIntake().with(flag));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(result.found("S1")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = RedFlag.class, names = { "FEVER_OR_CHILLS", "RECENT_BACTERIAL_INFECTION" })
	void feverOrARecentInfectionNeedsADoctorToday(RedFlag flag) {
		var result = screen(anIntake().with(flag));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
		assertThat(result.found("S2")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = RedFlag.class, names = { "IV_DRUG_USE", "IMMUNOSUPPRESSION" })
	void ivDrugUseOrImmunosuppressionWithNewSeverePainNeedsADoctorToday(RedFlag flag) {
		assertThat(screen(anIntake().acute().painNow(8).with(flag)).outcome()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
		assertThat(screen(anIntake().chronic().painNow(8).with(flag)).outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		var safetyNet = screen(anIntake().acute().painNow(4).with(flag));
		assertThat(safetyNet.outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		assertThat(safetyNet.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("S2");
			assertThat(finding.action()).contains("same day");
		});
	}

	@Test
	void aPulsatileAbdominalMassIsAnEmergency() {
		var result = screen(anIntake().with(RedFlag.PULSATILE_ABDOMINAL_MASS));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(result.found("S4")).isTrue();
	}

	@Test
	void aSuspectedClotStopsMassageUntilADoctorHasSeenIt() {
		var result = screen(anIntake().with(RedFlag.SUSPECTED_DVT));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
		assertThat(result.found("S5")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = RedFlag.class, names = { "HISTORY_OF_CANCER", "UNEXPLAINED_WEIGHT_LOSS", "NIGHT_PAIN_UNRELIEVED" })
	void possibleCancerSignsSendTheClientToAPhysicianFirst(RedFlag flag) {
		var result = screen(anIntake().with(flag));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REFER_BEFORE_TREATMENT);
		assertThat(result.found("S6")).isTrue();
	}

	@Test
	void activeCancerSendsTheClientToAPhysicianFirst() {
		assertThat(screen(anIntake().with(Condition.CANCER_ACTIVE)).found("S6")).isTrue();
	}

	@Test
	void noImprovementAfterFourWeeksMattersOnlyOverTheAgeThreshold() {
		assertThat(screen(anIntake().aged(51).with(RedFlag.NO_IMPROVEMENT_AFTER_4_WEEKS)).outcome())
			.isEqualTo(ScreeningOutcome.REFER_BEFORE_TREATMENT);
		assertThat(screen(anIntake().aged(50).with(RedFlag.NO_IMPROVEMENT_AFTER_4_WEEKS)).outcome())
			.as("a safety net below the age threshold").isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		var stricter = new RedFlagScreen(new ScreeningSettings(40, 7, 4, 6, 13, 6));
		assertThat(stricter.screen(anIntake().aged(45).with(RedFlag.NO_IMPROVEMENT_AFTER_4_WEEKS).build()).found("S6")).isTrue();
	}

	@Test
	void majorTraumaNeedsImagingFirst() {
		var result = screen(anIntake().with(RedFlag.MAJOR_TRAUMA));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REFER_BEFORE_TREATMENT);
		assertThat(result.found("S7")).isTrue();
	}

	@Test
	void minorTraumaNeedsImagingOnlyWithFragileBones() {
		assertThat(screen(anIntake().with(RedFlag.MINOR_TRAUMA)).outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		assertThat(screen(anIntake().with(RedFlag.MINOR_TRAUMA).with(Condition.OSTEOPOROSIS)).found("S7")).isTrue();
		assertThat(screen(anIntake().with(RedFlag.MINOR_TRAUMA).with(Cause.OSTEOPOROSIS)).found("S7")).isTrue();
		assertThat(screen(anIntake().with(RedFlag.MINOR_TRAUMA, RedFlag.LONG_TERM_STEROIDS)).found("S7")).isTrue();
	}

	@Test
	void aStructuralDeformityNeedsImagingFirst() {
		assertThat(screen(anIntake().with(RedFlag.STRUCTURAL_DEFORMITY)).found("S7")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(PregnancyWarningSign.class)
	void everyPregnancyWarningSignMeansCallingTheMidwifeNow(PregnancyWarningSign sign) {
		var result = screen(anIntake().pregnantAtWeek(24).with(sign));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.URGENT_SAME_DAY);
		assertThat(result.found("S8")).isTrue();
		assertThat(result.findings()).filteredOn(finding -> finding.rule().equals("S8"))
			.singleElement()
			.satisfies(finding -> assertThat(finding.action()).contains("midwife"));
	}

	@Test
	void oneSwollenLegInPregnancyIsAlsoAPossibleClot() {
		assertThat(screen(anIntake().pregnantAtWeek(30).with(PregnancyWarningSign.UNILATERAL_LEG_SWELLING)).found("S5")).isTrue();
	}

	@Test
	void anAcuteIllnessPostponesMassage() {
		var result = screen(anIntake().with(RedFlag.ACUTE_SYSTEMIC_ILLNESS));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
		assertThat(result.found("S9")).isTrue();
		assertThat(result.allowsBooking()).isFalse();
	}

	@Test
	void anIllnessWithFeverIsTreatedAsAPossibleInfectionNotAPostponement() {
		var result = screen(anIntake().with(RedFlag.ACUTE_SYSTEMIC_ILLNESS, RedFlag.FEVER_OR_CHILLS));
		assertThat(result.found("S2")).isTrue();
		assertThat(result.found("S9")).isFalse();
	}

	@Test
	void severeOsteoporosisNeedsClearance() {
		var result = screen(anIntake().with(Condition.OSTEOPOROSIS_SEVERE));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
		assertThat(result.found("M2")).isTrue();
	}

	@Test
	void surgeryLessThanSixWeeksAgoOrWithoutADateNeedsTheSurgeonsClearance() {
		assertThat(screen(anIntake().surgeryWeeksAgo(5)).outcome()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
		assertThat(screen(anIntake().with(Condition.RECENT_SURGERY)).outcome()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
		var healed = screen(anIntake().surgeryWeeksAgo(6));
		assertThat(healed.outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		assertThat(healed.found("M3")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(PregnancyRiskFactor.class)
	void aHighRiskPregnancyNeedsWrittenClearance(PregnancyRiskFactor factor) {
		var result = screen(anIntake().pregnantAtWeek(24).with(factor));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CLEARANCE_REQUIRED);
		assertThat(result.found("M8")).isTrue();
	}

	@Test
	void theFirstTrimesterIsACautionNotABlock() {
		var result = screen(anIntake().pregnantAtWeek(10));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		assertThat(result.found("M7")).isTrue();
		assertThat(screen(anIntake().pregnantAtWeek(14)).found("M7")).isFalse();
	}

	@Test
	void bloodThinnersRadiatingPainAndARecentBirthAreCautions() {
		assertThat(screen(anIntake().with(Condition.ANTICOAGULANTS)).found("M1")).isTrue();
		assertThat(screen(anIntake().radiatingLegPain()).found("M5")).isTrue();
		assertThat(screen(anIntake().deliveredWeeksAgo(3, true)).found("M9")).isTrue();
		assertThat(screen(anIntake().deliveredWeeksAgo(7, true)).outcome()).isEqualTo(ScreeningOutcome.PROCEED);
	}

	@Test
	void everyGateIsReportedAndTheMostSevereDecides() {
		var result = screen(anIntake().with(RedFlag.HISTORY_OF_CANCER, RedFlag.FEVER_OR_CHILLS, RedFlag.SADDLE_NUMBNESS));
		assertThat(result.outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(result.findings()).extracting(Finding::rule).containsExactly("S1", "S2", "S6");
	}

	@Test
	void onlyTheFirstTwoOutcomesAllowBooking() {
		assertThat(ScreeningOutcome.values()).filteredOn(ScreeningOutcome::allowsBooking)
			.containsExactly(ScreeningOutcome.PROCEED, ScreeningOutcome.PROCEED_WITH_CAUTION);
	}

	@Test
	void aDueDateGivesTheWeekOfPregnancy() {
		LocalDate today = Intakes.TODAY;
		assertThat(Pregnancy.dueOn(today.plusWeeks(12)).weekOn(today)).isEqualTo(28);
		assertThat(Pregnancy.dueOn(today.plusWeeks(12).minusDays(3)).weekOn(today)).isEqualTo(28);
		assertThat(Pregnancy.atWeek(20).dueDateFrom(today)).isEqualTo(today.plusWeeks(20));
	}

	@Test
	void painIsClassedByHowLongItHasLasted() {
		LocalDate today = Intakes.TODAY;
		assertThat(PainClass.of(today.minusDays(27), today, 4, 12)).isEqualTo(PainClass.ACUTE);
		assertThat(PainClass.of(today.minusDays(28), today, 4, 12)).isEqualTo(PainClass.SUBACUTE);
		assertThat(PainClass.of(today.minusDays(84), today, 4, 12)).isEqualTo(PainClass.SUBACUTE);
		assertThat(PainClass.of(today.minusDays(85), today, 4, 12)).isEqualTo(PainClass.CHRONIC);
		assertThat(PainClass.of(today.minusDays(50), today, 6, 12)).isEqualTo(PainClass.SUBACUTE);
		assertThat(PainClass.of(today.minusDays(40), today, 6, 12)).isEqualTo(PainClass.ACUTE);
	}
}
