package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Intakes.anIntake;

import java.time.Instant;
import java.util.List;

import org.backcare.intake.Condition;
import org.backcare.intake.Intakes;
import org.backcare.intake.RedFlag;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;

class PlanChangeTest {

	private final PlanEngine engine = new PlanEngine(CarePlanSettings.defaults());

	private CarePlan stored(Intakes intake) {
		var assessment = engine.assess(intake.build(), false);
		return new CarePlan(1, 2, 3, PlanStatus.PROPOSED, 1, assessment.pressureCap(), null, null, null, Instant.now(),
				assessment.proposal().plan(), null, PlanProgress.State.ON_TRACK);
	}

	private static PlanChange change(String min, String max, List<String> techniques, String reason) {
		return new PlanChange(min, max, "60", "1", "10", techniques, reason);
	}

	@Test
	void theFormStartsFromThePlanAsItIs() {
		CarePlan plan = stored(anIntake().chronic());

		var form = PlanChange.of(plan.plan());

		assertThat(form.check(plan).byField()).containsOnlyKeys("reason");
		assertThat(form.includes(Technique.SWEDISH)).isTrue();
		assertThat(form.includes(Technique.DEEP_TISSUE)).isFalse();
	}

	@Test
	void aChangeWithinTheRulesGivesTheNewPressureAndKeepsTheEnginesReasons() {
		CarePlan plan = stored(anIntake().chronic());

		Plan changed = change("3", "4", List.of("SWEDISH", "DEEP_TISSUE"), "Firm was comfortable").applyTo(plan.plan());

		assertThat(changed.pressure()).isEqualTo(new Plan.Pressure(3, 4));
		assertThat(changed.techniques()).extracting(Plan.Proposed::technique).containsExactly(Technique.SWEDISH, Technique.DEEP_TISSUE);
		assertThat(changed.techniques().get(0).why()).isEqualTo(plan.plan().techniques().get(0).why());
		assertThat(changed.techniques().get(1).why()).isEqualTo("Added by your therapist: Firm was comfortable");
		assertThat(changed.requiredSkills()).containsExactly(Skill.DEEP_TISSUE);
		assertThat(changed.homeCare()).isEqualTo(plan.plan().homeCare());
	}

	@Test
	void pressureNeverAboveTheCapOfAModifier() {
		CarePlan plan = stored(anIntake().chronic().with(Condition.ANTICOAGULANTS));

		var errors = change("2", "4", List.of("SWEDISH"), "Likes it firm").check(plan);

		assertThat(plan.pressureCap()).isEqualTo(3);
		assertThat(errors.get("pressureMax")).contains("up to 3 at most");
	}

	@Test
	void anExcludedTechniqueCannotBeAddedAndSaysWhichRuleExcludesIt() {
		CarePlan plan = stored(anIntake().chronic().with(Condition.ANTICOAGULANTS));

		var errors = change("1", "3", List.of("SWEDISH", "DEEP_TISSUE"), "Asked for it").check(plan);

		assertThat(errors.get("techniques")).startsWith("Deep tissue is excluded by rule M1");
	}

	@Test
	void deepWorkNeedsFirmPressureAndAshiatsuNeedsTheFaceDownPosition() {
		CarePlan chronic = stored(anIntake().chronic());
		CarePlan pregnant = stored(anIntake().pregnantAtWeek(16));

		assertThat(change("2", "3", List.of("DEEP_TISSUE"), "Try").check(chronic).get("techniques")).contains("need pressure 4 or firmer");
		assertThat(change("1", "3", List.of("PRENATAL", "ASHIATSU"), "Try").check(pregnant).get("techniques"))
			.isNotNull();
	}

	@Test
	void refusesNonsenseAndAMissingReason() {
		CarePlan plan = stored(anIntake().chronic());

		var errors = new PlanChange("4", "two", "50", "9", "0", List.of("NOT_A_TECHNIQUE"), "  ").check(plan);

		assertThat(errors.byField()).containsOnlyKeys("pressureMax", "sessionMinutes", "sessionsPerWeek", "weeks", "techniques", "reason");
		assertThat(change("4", "2", List.of("SWEDISH"), "Why").check(plan).get("pressureMin")).contains("cannot be firmer");
	}

	@Test
	void aPregnancyKeepsThePrenatalTrainingWhateverTheTechniques() {
		CarePlan plan = stored(anIntake().pregnantAtWeek(28));

		Plan changed = change("1", "2", List.of("PRENATAL"), "Lighter at week 28").applyTo(plan.plan());

		assertThat(changed.requiredSkills()).contains(Skill.PRENATAL);
		assertThat(changed.positions()).isEqualTo(plan.plan().positions());
	}

	@Test
	void aClearedGateGivesAPlanThatCarriesTheFindingAsAWarning() {
		var intake = anIntake().chronic().with(RedFlag.FEVER_OR_CHILLS).build();

		assertThat(engine.assess(intake, false).proposal().plan()).isNull();
		Plan cleared = engine.assess(intake, true).proposal().plan();

		assertThat(cleared).isNotNull();
		assertThat(cleared.warnings()).anySatisfy(warning -> assertThat(warning.message()).startsWith("Cleared by a clinician"));
	}
}
