package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Intakes.anIntake;

import org.backcare.homecare.ProductTag;
import org.backcare.intake.Cause;
import org.backcare.intake.Condition;
import org.backcare.intake.Goal;
import org.backcare.intake.Intakes;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.PainClass;
import org.backcare.intake.PregnancyRiskFactor;
import org.backcare.intake.PressurePreference;
import org.backcare.intake.RedFlag;
import org.backcare.intake.ScreeningOutcome;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;

class PlanEngineTest {

	private final PlanEngine engine = new PlanEngine(CarePlanSettings.defaults());

	private Proposal propose(Intakes intake) {
		return engine.propose(intake.build());
	}

	private Plan plan(Intakes intake) {
		Plan plan = propose(intake).plan();
		assertThat(plan).isNotNull();
		return plan;
	}

	private static boolean proposes(Plan plan, Technique technique) {
		return plan.techniques().stream().anyMatch(proposed -> proposed.technique() == technique);
	}

	private static Plan.Excluded exclusion(Plan plan, Technique technique) {
		return plan.excludedTechniques().stream().filter(excluded -> excluded.technique() == technique).findFirst().orElseThrow();
	}

	private static boolean warns(Plan plan, String rule) {
		return plan.warnings().stream().anyMatch(warning -> warning.rule().equals(rule));
	}

	private static boolean homeCare(Plan plan, String item) {
		return plan.homeCare().stream().anyMatch(care -> care.item().equals(item));
	}

	@Test
	void aFiredGateMeansNoPlan() {
		var proposal = propose(anIntake().chronic().with(RedFlag.SADDLE_NUMBNESS));
		assertThat(proposal.screening().outcome()).isEqualTo(ScreeningOutcome.EMERGENCY);
		assertThat(proposal.plan()).isNull();
		assertThat(proposal.painClass()).isEqualTo(PainClass.CHRONIC);
	}

	@Test
	void clearanceMeansNoPlanYet() {
		assertThat(propose(anIntake().pregnantAtWeek(24).with(PregnancyRiskFactor.PLACENTA_PREVIA)).plan()).isNull();
		assertThat(propose(anIntake().surgeryWeeksAgo(2)).plan()).isNull();
	}

	@Test
	void acutePainGetsAShortLightCourseWithStayingActiveAndHeat() {
		Plan plan = plan(anIntake().acute());
		assertThat(proposes(plan, Technique.SWEDISH)).isTrue();
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(3);
		assertThat(plan.weeks()).isEqualTo(4);
		assertThat(plan.reassessAfterSessions()).isEqualTo(2);
		assertThat(plan.activeComponent().kind()).isEqualTo(ActiveKind.STAY_ACTIVE);
		assertThat(homeCare(plan, "stay-active")).isTrue();
		assertThat(homeCare(plan, "heat-wrap")).isTrue();
		assertThat(plan.complementary()).anySatisfy(option -> {
			assertThat(option.option()).isEqualTo(ComplementaryOption.HEAT);
			assertThat(option.evidence()).isEqualTo(Evidence.MODERATE);
		});
		assertThat(plan.focusAreas()).containsExactly(BodyArea.LOWER_BACK, BodyArea.GLUTES);
	}

	@Test
	void subacutePainGetsSixWeeklySessionsWithExercise() {
		Plan plan = plan(anIntake().subacute());
		assertThat(plan.weeks()).isEqualTo(6);
		assertThat(plan.sessionsPerWeek()).isEqualTo(1);
		assertThat(plan.sessionMinutes()).isEqualTo(60);
		assertThat(plan.activeComponent().kind()).isEqualTo(ActiveKind.EXERCISE);
		assertThat(warns(plan, "P4")).as("STarT Back not loaded").isTrue();
		assertThat(plan.techniques()).allSatisfy(proposed -> assertThat(proposed.rules()).isNotEmpty());
	}

	@Test
	void chronicPainGetsTenWeeklyHourSessionsPairedWithExercise() {
		Plan plan = plan(anIntake().chronic());
		assertThat(plan.weeks()).isEqualTo(10);
		assertThat(plan.sessionMinutes()).isEqualTo(60);
		assertThat(plan.activeComponent().kind()).isEqualTo(ActiveKind.EXERCISE);
		assertThat(plan.focusAreas()).containsExactly(BodyArea.LOWER_BACK, BodyArea.QUADRATUS_LUMBORUM, BodyArea.GLUTES, BodyArea.HIPS);
		assertThat(plan.pressure()).isEqualTo(new Plan.Pressure(2, 3));
		assertThat(plan.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.SWEDISH, Technique.HIP_AND_GLUTE);
		assertThat(plan.techniques().get(0).sources()).contains("4.2");
		assertThat(plan.complementary()).extracting(Plan.Complementary::option).contains(ComplementaryOption.EXERCISE_PROGRAMME);
	}

	@Test
	void shortSessionsAsTheMainDoseAreWarnedAbout() {
		var defaults = CarePlanSettings.defaults();
		var shortSessions = new PlanEngine(new CarePlanSettings(defaults.chronicAfterWeeks(), defaults.proneLastWeek(),
				defaults.supineFromWeek(), defaults.frailAge(), 30, defaults.acuteWeeks(), defaults.subacuteWeeks(),
				defaults.chronicWeeks(), defaults.screening()));
		assertThat(warns(shortSessions.propose(anIntake().chronic().build()).plan(), "P3c")).isTrue();
		assertThat(warns(plan(anIntake().chronic()), "P3c")).isFalse();
	}

	@Test
	void deepTissueIsProposedWhenRequestedAndNothingSpeaksAgainstIt() {
		Plan plan = plan(anIntake().chronic().requesting(Technique.DEEP_TISSUE));
		assertThat(plan.techniques()).filteredOn(proposed -> proposed.technique() == Technique.DEEP_TISSUE)
			.singleElement()
			.satisfies(proposed -> {
				assertThat(proposed.rules()).contains("P7");
				assertThat(proposed.why()).contains("not more effective");
			});
		assertThat(plan.pressure().max()).isEqualTo(4);
		assertThat(plan.requiredSkills()).contains(Skill.DEEP_TISSUE);
	}

	@Test
	void deepTissueIsNotForRecentPain() {
		Plan plan = plan(anIntake().acute().requesting(Technique.DEEP_TISSUE));
		assertThat(proposes(plan, Technique.DEEP_TISSUE)).isFalse();
		assertThat(exclusion(plan, Technique.DEEP_TISSUE).rules()).contains("P1", "P7");
	}

	@Test
	void bloodThinnersMeanGentleSwedishOnly() {
		Plan plan = plan(anIntake().chronic().with(Condition.ANTICOAGULANTS).requesting(Technique.DEEP_TISSUE, Technique.TRIGGER_POINT));
		assertThat(plan.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.SWEDISH);
		assertThat(exclusion(plan, Technique.DEEP_TISSUE).rules()).contains("M1", "P7");
		assertThat(exclusion(plan, Technique.TRIGGER_POINT).rules()).contains("M1");
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(3);
		assertThat(homeCare(plan, "foam-roller")).isFalse();
	}

	@Test
	void fragileBonesMeanLightPressureAndNoProne() {
		for (Intakes intake : new Intakes[] { anIntake().chronic().with(Condition.OSTEOPOROSIS),
				anIntake().chronic().with(RedFlag.LONG_TERM_STEROIDS), anIntake().chronic().aged(72) }) {
			Plan plan = plan(intake);
			assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
			assertThat(plan.positions().avoid()).contains(Position.PRONE);
			assertThat(plan.avoidAreas()).contains(BodyArea.SPINE);
			assertThat(warns(plan, "M2")).isTrue();
			assertThat(homeCare(plan, "knee-to-chest-stretch")).isFalse();
		}
	}

	@Test
	void afterHealingTheOperatedAreaIsStillAvoided() {
		Plan plan = plan(anIntake().chronic().surgeryWeeksAgo(8));
		assertThat(plan.avoidAreas()).contains(BodyArea.SURGICAL_SITE);
		assertThat(warns(plan, "M3")).isTrue();
	}

	@Test
	void aSkinLesionKeepsTheTherapistOffTheLowerBack() {
		Plan plan = plan(anIntake().chronic().with(Condition.SKIN_LESION_LOWER_BACK));
		assertThat(plan.avoidAreas()).contains(BodyArea.LOWER_BACK, BodyArea.QUADRATUS_LUMBORUM);
		assertThat(plan.focusAreas()).doesNotContain(BodyArea.LOWER_BACK, BodyArea.QUADRATUS_LUMBORUM).contains(BodyArea.GLUTES);
		assertThat(homeCare(plan, "heat-wrap")).isFalse();
	}

	@Test
	void radiatingLegPainMeansGentleWorkPairedWithExercise() {
		Plan plan = plan(anIntake().acute().radiatingLegPain().requesting(Technique.TRIGGER_POINT));
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
		assertThat(exclusion(plan, Technique.TRIGGER_POINT).rules()).contains("M5");
		assertThat(plan.activeComponent().kind()).isEqualTo(ActiveKind.EXERCISE);
		assertThat(plan.complementary()).extracting(Plan.Complementary::option).contains(ComplementaryOption.PHYSIOTHERAPY);
		assertThat(plan.avoidAreas()).contains(BodyArea.LEGS, BodyArea.HAMSTRINGS);
		assertThat(warns(plan, "M5")).isTrue();
	}

	@Test
	void pregnancyNeedsAPrenatalTherapistSideLyingAndAnEndByTheDueDate() {
		Plan plan = plan(anIntake().chronic().dueOn(Intakes.TODAY.plusWeeks(12)));
		assertThat(plan.requiredSkills()).contains(Skill.PRENATAL);
		assertThat(plan.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.PRENATAL);
		assertThat(plan.positions().avoid()).contains(Position.PRONE, Position.SUPINE);
		assertThat(plan.positions().allowed()).contains(Position.SIDE_LYING_LEFT, Position.SEMI_RECLINED);
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(3);
		assertThat(plan.endBy()).isEqualTo(Intakes.TODAY.plusWeeks(12));
		assertThat(plan.weeks()).isEqualTo(10);
		assertThat(plan.avoidAreas()).contains(BodyArea.MEDIAL_THIGH);
		assertThat(plan.focusAreas()).doesNotContain(BodyArea.QUADRATUS_LUMBORUM);
		assertThat(homeCare(plan, "side-lying-rest")).isTrue();
	}

	@Test
	void proneEndsAfterWeekThirteenAndFlatSupineAtWeekTwenty() {
		assertThat(plan(anIntake().pregnantAtWeek(13)).positions().avoid()).doesNotContain(Position.PRONE);
		assertThat(plan(anIntake().pregnantAtWeek(14)).positions().avoid()).contains(Position.PRONE).doesNotContain(Position.SUPINE);
		assertThat(plan(anIntake().pregnantAtWeek(19)).positions().avoid()).doesNotContain(Position.SUPINE);
		assertThat(plan(anIntake().pregnantAtWeek(20)).positions().avoid()).contains(Position.PRONE, Position.SUPINE);
	}

	@Test
	void nearTheDueDateThePlanIsShortened() {
		Plan plan = plan(anIntake().chronic().pregnantAtWeek(37));
		assertThat(plan.weeks()).isEqualTo(3);
		assertThat(plan.endBy()).isEqualTo(Intakes.TODAY.plusWeeks(3));
	}

	@Test
	void theFirstTrimesterIsGentleWithConsent() {
		Plan plan = plan(anIntake().pregnantAtWeek(9));
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
		assertThat(warns(plan, "M7")).isTrue();
		assertThat(propose(anIntake().pregnantAtWeek(9)).screening().outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
	}

	@Test
	void aPregnantClientAskingForSwedishGetsPrenatalMassageInstead() {
		Plan plan = plan(anIntake().pregnantAtWeek(25).requesting(Technique.SWEDISH, Technique.DEEP_TISSUE));
		assertThat(plan.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.PRENATAL);
		assertThat(exclusion(plan, Technique.SWEDISH).rules()).containsExactly("M6");
		assertThat(exclusion(plan, Technique.DEEP_TISSUE).rules()).contains("M6", "P7");
	}

	@Test
	void theFirstWeeksAfterABirthMeanLightSideLyingWorkAwayFromLegsAndBelly() {
		Plan plan = plan(anIntake().subacute().deliveredWeeksAgo(2, false));
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
		assertThat(plan.positions().avoid()).contains(Position.PRONE);
		assertThat(plan.avoidAreas()).contains(BodyArea.LEGS, BodyArea.ABDOMEN);
		assertThat(plan.requiredSkills()).contains(Skill.PRENATAL);
		assertThat(warns(plan, "M9")).isTrue();
	}

	@Test
	void afterSixWeeksDeeperWorkWaitsForThePostnatalCheck() {
		Plan plan = plan(anIntake().chronic().deliveredWeeksAgo(8, true));
		assertThat(plan.positions().avoid()).doesNotContain(Position.PRONE);
		assertThat(plan.requiredSkills()).contains(Skill.PRENATAL);
		assertThat(plan.warnings()).filteredOn(warning -> warning.rule().equals("M9"))
			.singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("6-week postnatal check"));
	}

	@Test
	void aKnownAneurysmKeepsAwayFromBellyAndPsoas() {
		Plan plan = plan(anIntake().chronic().with(Condition.KNOWN_AAA));
		assertThat(plan.avoidAreas()).contains(BodyArea.ABDOMEN, BodyArea.PSOAS);
		assertThat(warns(plan, "M10")).isTrue();
	}

	@Test
	void varicoseVeinsKeepPressureOffTheLegs() {
		assertThat(plan(anIntake().chronic().with(Condition.VARICOSE_VEINS)).avoidAreas()).contains(BodyArea.LEGS);
	}

	@Test
	void deskWorkersGetMovementBreaksAndACushionButNeverABelt() {
		Plan plan = plan(anIntake().chronic().sitsMostOfDay());
		assertThat(homeCare(plan, "movement-breaks")).isTrue();
		assertThat(homeCare(plan, "hip-flexor-stretch")).isTrue();
		assertThat(plan.productTags()).contains(ProductTag.SEAT_CUSHION);
		assertThat(plan.toString().toLowerCase()).doesNotContain("wear a belt").doesNotContain("corset to");
	}

	@Test
	void everyPlanHasAftercareWithoutDetoxClaims() {
		Plan plan = plan(anIntake().chronic());
		assertThat(homeCare(plan, "aftercare")).isTrue();
		assertThat(homeCare(plan, "stay-active")).isTrue();
		assertThat(homeCare(plan, "preparation-checklist")).isTrue();
		assertThat(plan.toString().toLowerCase()).doesNotContain("detox").doesNotContain("toxin");
	}

	@Test
	void lordosisSignsBringHamstringsAndPelvicTilts() {
		Plan plan = plan(anIntake().chronic().with(Cause.LORDOSIS).with(LordosisSign.TIGHT_HAMSTRINGS, LordosisSign.WEAK_ABDOMINALS));
		assertThat(plan.focusAreas()).contains(BodyArea.HAMSTRINGS);
		assertThat(homeCare(plan, "pelvic-tilt")).isTrue();
		assertThat(homeCare(plan, "hamstring-stretch")).isTrue();
	}

	@Test
	void pressurePreferenceSetsTheRangeWithinWhatIsAllowed() {
		assertThat(plan(anIntake().chronic().prefers(PressurePreference.LIGHT)).pressure()).isEqualTo(new Plan.Pressure(1, 2));
		assertThat(plan(anIntake().chronic().prefers(PressurePreference.FIRM)).pressure()).isEqualTo(new Plan.Pressure(3, 4));
		assertThat(plan(anIntake().acute().prefers(PressurePreference.FIRM)).pressure()).isEqualTo(new Plan.Pressure(3, 3));
		assertThat(plan(anIntake().chronic().prefers(PressurePreference.FIRM).with(Condition.OSTEOPOROSIS)).pressure())
			.isEqualTo(new Plan.Pressure(2, 2));
	}

	@Test
	void stressAndPainReliefGoalsBringHonestlyLabelledOptions() {
		Plan plan = plan(anIntake().subacute().with(Goal.STRESS, Goal.PAIN_RELIEF));
		assertThat(plan.complementary()).anySatisfy(option -> {
			assertThat(option.option()).isEqualTo(ComplementaryOption.TOPICAL_PRODUCTS);
			assertThat(option.evidence()).isEqualTo(Evidence.WEAK);
		});
		assertThat(plan.complementary()).extracting(Plan.Complementary::option).contains(ComplementaryOption.STRESS_MANAGEMENT);
		assertThat(plan.productTags()).contains(ProductTag.TOPICAL_SALVE);
	}

	@Test
	void thresholdsAreConfiguration() {
		var defaults = CarePlanSettings.defaults();
		var screening = defaults.screening();
		var other = new PlanEngine(new CarePlanSettings(26, 12, 22, 75, 60, 4, 6, 10,
				new org.backcare.intake.ScreeningSettings(55, 8, 6, 8, 12, 6)));
		assertThat(other.propose(anIntake().painFor(5).build()).painClass()).isEqualTo(PainClass.ACUTE);
		assertThat(other.propose(anIntake().painFor(20).build()).painClass()).isEqualTo(PainClass.SUBACUTE);
		assertThat(other.propose(anIntake().pregnantAtWeek(21).build()).plan().positions().avoid()).doesNotContain(Position.SUPINE);
		assertThat(other.propose(anIntake().pregnantAtWeek(13).build()).plan().positions().avoid()).contains(Position.PRONE);
		assertThat(other.propose(anIntake().aged(72).build()).plan().pressure().max()).isEqualTo(3);
		assertThat(other.propose(anIntake().surgeryWeeksAgo(7).build()).plan()).isNull();
		assertThat(screening).isEqualTo(org.backcare.intake.ScreeningSettings.defaults());
	}

	// Combinations named in the issue.

	@Test
	void pregnantOnAnticoagulantsGetsGentlePrenatalMassageOnly() {
		var proposal = propose(anIntake().chronic().pregnantAtWeek(26).with(Condition.ANTICOAGULANTS)
			.requesting(Technique.DEEP_TISSUE, Technique.TRIGGER_POINT, Technique.SWEDISH));
		Plan plan = proposal.plan();
		assertThat(proposal.screening().outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		assertThat(plan.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.PRENATAL);
		assertThat(exclusion(plan, Technique.DEEP_TISSUE).rules()).contains("M1", "M6", "P7");
		assertThat(exclusion(plan, Technique.TRIGGER_POINT).rules()).contains("M1", "M6");
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(3);
		assertThat(plan.positions().avoid()).contains(Position.PRONE, Position.SUPINE);
		assertThat(plan.requiredSkills()).containsExactly(Skill.PRENATAL);
		assertThat(homeCare(plan, "massage-ball")).isFalse();
	}

	@Test
	void chronicWithOsteoporosisAskingForDeepTissueGetsLightSwedishAndAnExplanation() {
		Plan plan = plan(anIntake().chronic().with(Condition.OSTEOPOROSIS).requesting(Technique.DEEP_TISSUE)
			.prefers(PressurePreference.FIRM));
		assertThat(proposes(plan, Technique.DEEP_TISSUE)).isFalse();
		Plan.Excluded deep = exclusion(plan, Technique.DEEP_TISSUE);
		assertThat(deep.rules()).contains("M2", "P7");
		assertThat(deep.why()).isNotBlank();
		assertThat(proposes(plan, Technique.SWEDISH)).isTrue();
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
		assertThat(plan.weeks()).isEqualTo(10);
		assertThat(plan.activeComponent().kind()).isEqualTo(ActiveKind.EXERCISE);
	}

	@Test
	void threeWeeksAfterACaesareanGivesLightSideLyingWorkAwayFromTheScar() {
		var proposal = propose(anIntake().subacute().deliveredWeeksAgo(3, true).requesting(Technique.DEEP_TISSUE));
		assertThat(proposal.screening().outcome()).isEqualTo(ScreeningOutcome.PROCEED_WITH_CAUTION);
		Plan plan = proposal.plan();
		assertThat(plan.avoidAreas()).contains(BodyArea.SURGICAL_SITE, BodyArea.ABDOMEN, BodyArea.LEGS);
		assertThat(plan.positions().avoid()).contains(Position.PRONE);
		assertThat(plan.pressure().max()).isLessThanOrEqualTo(2);
		assertThat(exclusion(plan, Technique.DEEP_TISSUE).rules()).contains("M9");
		assertThat(plan.requiredSkills()).contains(Skill.PRENATAL);
		assertThat(homeCare(plan, "knee-to-chest-stretch")).isFalse();
		assertThat(homeCare(plan, "cat-cow")).isFalse();
		assertThat(homeCare(plan, "side-lying-rest")).isTrue();
		assertThat(plan.warnings()).filteredOn(warning -> warning.rule().equals("M9"))
			.singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("caesarean"));
	}

	@Test
	void theSameIntakeAlwaysGivesTheSamePlan() {
		var intake = anIntake().chronic().sitsMostOfDay().requesting(Technique.MYOFASCIAL_RELEASE).build();
		assertThat(engine.propose(intake)).isEqualTo(engine.propose(intake));
	}
}
