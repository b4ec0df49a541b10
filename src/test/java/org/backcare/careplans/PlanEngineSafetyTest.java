package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.backcare.intake.Cause;
import org.backcare.intake.Condition;
import org.backcare.intake.Goal;
import org.backcare.intake.Intake;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.Postpartum;
import org.backcare.intake.Pregnancy;
import org.backcare.intake.PregnancyRiskFactor;
import org.backcare.intake.PregnancyWarningSign;
import org.backcare.intake.PressurePreference;
import org.backcare.intake.RedFlag;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;

/** Property-style: many generated intakes, the safety invariants of the issue asserted on every proposal. */
class PlanEngineSafetyTest {

	private static final int INTAKES = 20_000;

	private static final Set<String> HOME_CARE = Set.of("stay-active", "heat-wrap", "movement-breaks", "self-massage-hands",
			"foam-roller", "massage-ball", "hook-tool-ql", "knee-to-chest-stretch", "cat-cow", "pelvic-tilt",
			"hamstring-stretch", "hip-flexor-stretch", "side-lying-rest", "preparation-checklist", "aftercare");

	private final CarePlanSettings settings = CarePlanSettings.defaults();

	private final PlanEngine engine = new PlanEngine(settings);

	@Test
	void everyGeneratedIntakeGetsASafeProposal() {
		var random = new Random(20261121);
		int plans = 0;
		for (int i = 0; i < INTAKES; i++) {
			Intake intake = randomIntake(random);
			Proposal proposal = engine.propose(intake);
			assertSafe(intake, proposal);
			if (proposal.plan() != null) {
				plans++;
			}
		}
		assertThat(plans).as("enough generated intakes reach a plan to mean something").isGreaterThan(INTAKES / 10);
	}

	private void assertSafe(Intake intake, Proposal proposal) {
		String context = intake.toString();
		assertThat(proposal.painClass()).as(context).isNotNull();
		proposal.screening().findings().forEach(finding -> {
			assertThat(finding.rule()).as(context).isNotBlank();
			assertThat(finding.message()).as(context).isNotBlank();
			assertThat(finding.action()).as(context).isNotBlank();
		});
		Plan plan = proposal.plan();
		// A fired gate means no plan, and only a plan when booking is allowed.
		assertThat(plan == null).as(context).isEqualTo(!proposal.screening().outcome().allowsBooking());
		if (plan == null) {
			assertThat(proposal.screening().findings()).as(context).isNotEmpty();
			return;
		}
		var proposed = EnumSet.noneOf(Technique.class);
		plan.techniques().forEach(item -> proposed.add(item.technique()));
		var excluded = EnumSet.noneOf(Technique.class);
		plan.excludedTechniques().forEach(item -> excluded.add(item.technique()));
		assertThat(proposed).as(context).isNotEmpty().noneMatch(excluded::contains);
		// Every item says why and where it came from.
		plan.techniques().forEach(item -> {
			assertThat(item.why()).as(context).isNotBlank();
			assertThat(item.rules()).as(context).isNotEmpty();
			assertThat(item.sources()).as(context).isNotEmpty();
		});
		plan.excludedTechniques().forEach(item -> {
			assertThat(item.why()).as(context).isNotBlank();
			assertThat(item.rules()).as(context).isNotEmpty();
		});
		plan.homeCare().forEach(item -> assertThat(HOME_CARE).as(context).contains(item.item()));
		plan.complementary().forEach(item -> assertThat(item.why()).as(context).isNotBlank());
		plan.warnings().forEach(item -> assertThat(item.rule()).as(context).isNotBlank());
		// Pressure within the scale and never above what a modifier allows.
		assertThat(plan.pressure().min()).as(context).isBetween(1, plan.pressure().max());
		assertThat(plan.pressure().max()).as(context).isBetween(1, 5).isLessThanOrEqualTo(modifierCap(intake, proposal));
		if (Modifiers.bleedingRisk(intake) || intake.osteoporosis() || intake.pregnant() || earlyPostpartum(intake)
				|| intake.age() >= settings.frailAge() || intake.has(RedFlag.LONG_TERM_STEROIDS)) {
			// P7: no deep work when M1, M2, M6 or M9 applies.
			assertThat(proposed).as(context).doesNotContain(Technique.DEEP_TISSUE, Technique.ASHIATSU);
		}
		if (Modifiers.bleedingRisk(intake)) {
			assertThat(proposed).as(context).isSubsetOf(EnumSet.of(Technique.SWEDISH, Technique.PRENATAL));
		}
		if (intake.pregnant()) {
			int week = intake.pregnancyWeek();
			if (week > settings.proneLastWeek()) {
				assertThat(plan.positions().avoid()).as(context).contains(Position.PRONE);
				assertThat(plan.positions().allowed()).as(context).doesNotContain(Position.PRONE);
			}
			if (week >= settings.supineFromWeek()) {
				assertThat(plan.positions().avoid()).as(context).contains(Position.SUPINE);
				assertThat(plan.positions().allowed()).as(context).doesNotContain(Position.SUPINE);
			}
			assertThat(plan.requiredSkills()).as(context).contains(Skill.PRENATAL);
			assertThat(plan.endBy()).as(context).isNotNull();
		}
		if (intake.postpartum() != null) {
			assertThat(plan.requiredSkills()).as(context).contains(Skill.PRENATAL);
		}
		assertThat(plan.positions().allowed()).as(context).noneMatch(plan.positions().avoid()::contains);
		assertThat(plan.focusAreas()).as(context).noneMatch(plan.avoidAreas()::contains);
		// Massage always with an active component.
		assertThat(plan.activeComponent()).as(context).isNotNull();
		assertThat(plan.activeComponent().why()).as(context).isNotBlank();
		assertThat(plan.sessionMinutes()).as(context).isPositive();
		assertThat(plan.weeks()).as(context).isPositive();
		assertThat(plan.reassessAfterSessions()).as(context).isPositive();
		// No manipulation, no detox, no chiropractic, no belts, ever.
		String text = plan.toString().toLowerCase(Locale.ROOT);
		assertThat(text).as(context).doesNotContain("detox", "toxin", "manipulat", "thrust", "chiropract");
		assertThat(proposal.screening().toString().toLowerCase(Locale.ROOT)).doesNotContain("detox");
	}

	private int modifierCap(Intake intake, Proposal proposal) {
		int cap = 5;
		if (Modifiers.bleedingRisk(intake) || intake.pregnant()) {
			cap = 3;
		}
		if (proposal.painClass() == org.backcare.intake.PainClass.ACUTE) {
			cap = Math.min(cap, 3);
		}
		if (intake.osteoporosis() || intake.has(RedFlag.LONG_TERM_STEROIDS) || intake.age() >= settings.frailAge()
				|| intake.radiatingLegPain() || earlyPostpartum(intake)
				|| (intake.pregnant() && intake.pregnancyWeek() <= settings.screening().firstTrimesterLastWeek())) {
			cap = 2;
		}
		return cap;
	}

	private boolean earlyPostpartum(Intake intake) {
		return intake.postpartum() != null
				&& intake.postpartum().daysSinceDeliveryOn(intake.assessedOn()) < settings.screening().postpartumWeeks() * 7L;
	}

	static Intake randomIntake(Random random) {
		LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000));
		LocalDate onset = today.minusDays(random.nextInt(400));
		Pregnancy pregnancy = null;
		Postpartum postpartum = null;
		int lifeStage = random.nextInt(6);
		if (lifeStage == 0) {
			pregnancy = Pregnancy.atWeek(1 + random.nextInt(42));
		}
		else if (lifeStage == 1) {
			pregnancy = Pregnancy.dueOn(today.plusDays(random.nextInt(300) - 14));
		}
		else if (lifeStage == 2) {
			postpartum = new Postpartum(today.minusDays(random.nextInt(120)), random.nextBoolean());
		}
		LocalDate surgery = random.nextInt(4) == 0 ? today.minusDays(random.nextInt(200)) : null;
		return new Intake(today, random.nextInt(10) == 0 ? null : today.minusYears(16 + random.nextInt(75)).minusDays(random.nextInt(365)),
				onset, random.nextInt(11), random.nextBoolean() ? null : random.nextInt(11), random.nextInt(4) == 0,
				some(random, Cause.class, 3), some(random, LordosisSign.class, 3), some(random, RedFlag.class, 60),
				some(random, Condition.class, 6), surgery, pregnancy,
				pregnancy == null ? Set.of() : some(random, PregnancyWarningSign.class, 40),
				pregnancy == null ? Set.of() : some(random, PregnancyRiskFactor.class, 25), postpartum, random.nextBoolean(),
				random.nextInt(4) == 0 ? null : PressurePreference.values()[random.nextInt(3)],
				some(random, Technique.class, 3), random.nextBoolean(), some(random, Goal.class, 3));
	}

	/** Each value with probability 1 in {@code oneIn}, so flags stay rare enough for plans to be reached. */
	private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, int oneIn) {
		var values = EnumSet.noneOf(type);
		for (E value : type.getEnumConstants()) {
			if (random.nextInt(oneIn) == 0) {
				values.add(value);
			}
		}
		return values;
	}
}
