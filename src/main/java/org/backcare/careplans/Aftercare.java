package org.backcare.careplans;

import org.backcare.homecare.ProductTag;
import org.backcare.intake.Cause;
import org.backcare.intake.Condition;
import org.backcare.intake.Goal;
import org.backcare.intake.Intake;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.PainClass;

/**
 * The active component (always there, 4.11), home care A1–A6 (slugs of the home-care library), complementary
 * options with honest evidence labels, and the shop's product tags. Never belts or corsets (7.5), never "detox"
 * (7.6), never spinal manipulation (P8).
 */
final class Aftercare {

	private final CarePlanSettings settings;

	private final Modifiers modifiers;

	Aftercare(CarePlanSettings settings, Modifiers modifiers) {
		this.settings = settings;
		this.modifiers = modifiers;
	}

	void apply(Intake intake, PainClass painClass, Draft draft) {
		active(intake, painClass, draft);
		homeCare(intake, painClass, draft);
		complementary(intake, painClass, draft);
	}

	private void active(Intake intake, PainClass painClass, Draft draft) {
		if (painClass == PainClass.ACUTE && !intake.radiatingLegPain()) {
			// A1: staying active beats bed rest (7.2).
			draft.active = new Plan.ActiveComponent(ActiveKind.STAY_ACTIVE, "Keep moving and carry on with your day as far as the pain "
					+ "allows; staying active helps recent back pain settle better than rest in bed. Massage is a comfort alongside it.");
		}
		else {
			// P2, P3, A3, M5: massage only together with exercise (4.8, 4.11, 7.3).
			draft.active = new Plan.ActiveComponent(ActiveKind.EXERCISE, "Regular exercise does the lasting work for back pain; massage "
					+ "helps you move more comfortably while you build it up. Pilates, strengthening or a physiotherapist's programme all count.");
		}
	}

	private void homeCare(Intake intake, PainClass painClass, Draft draft) {
		boolean bleeding = Modifiers.bleedingRisk(intake);
		boolean fragile = modifiers.fragile(intake);
		boolean earlyPostpartum = modifiers.earlyPostpartum(intake);
		boolean lesion = intake.has(Condition.SKIN_LESION_LOWER_BACK);
		boolean laterPregnancy = intake.pregnant() && intake.pregnancyWeek() > settings.proneLastWeek();
		draft.homeCare("stay-active", "Keep up your usual activities and work as far as you can; avoid bed rest. (A1)");
		if (painClass != PainClass.CHRONIC && !lesion && !intake.pregnant()) {
			draft.homeCare("heat-wrap", "A warm wrap or heat pack on the lower back eases recent back pain for many people. (A2)");
			draft.products.add(ProductTag.HEAT_PACK);
		}
		if (intake.sitsMostOfDay()) {
			draft.homeCare("movement-breaks", "Stand up and move for a few minutes every half hour. A cushion can make sitting more "
					+ "comfortable, but we do not recommend back belts or corsets. (A5)");
			draft.products.add(ProductTag.SEAT_CUSHION);
		}
		if (!lesion) {
			draft.homeCare("self-massage-hands", "Gentle self-massage with your hands around the lower back and hips, away from the bony spine. (A4)");
		}
		// A4: tools only where no modifier speaks against them, and never lying face down after week 13.
		boolean toolsAllowed = !bleeding && !fragile && !earlyPostpartum && !lesion;
		if (toolsAllowed && !laterPregnancy && !intake.radiatingLegPain()) {
			draft.homeCare("foam-roller", "Light rolling of the buttocks and hips, never over the bony spine. (A4)");
			draft.products.add(ProductTag.FOAM_ROLLER);
		}
		if (toolsAllowed) {
			draft.homeCare("massage-ball", "A massage ball against a wall for the buttock muscles, with light pressure; skip any spot that "
					+ "sends pain down the leg. (A4)");
			draft.products.add(ProductTag.MASSAGE_BALL);
		}
		if (toolsAllowed && !intake.pregnant() && painClass != PainClass.ACUTE) {
			draft.homeCare("hook-tool-ql", "A hook tool lets you reach the deep muscle at the side of the lower back (quadratus lumborum); "
					+ "gentle pressure only. (A4)");
			draft.products.add(ProductTag.HOOK_TOOL);
		}
		boolean caesareanHealing = earlyPostpartum && intake.postpartum().caesarean();
		if (!fragile && !intake.pregnant() && !caesareanHealing) {
			draft.homeCare("knee-to-chest-stretch", "Lying on your back, hug one knee then both towards your chest to ease the lower back. (A3)");
		}
		if (!fragile && !caesareanHealing) {
			draft.homeCare("cat-cow", "On hands and knees, slowly round and then gently arch your back to keep it moving. (A3)");
		}
		if (!caesareanHealing && (intake.pregnant() || intake.has(Cause.LORDOSIS) || !intake.lordosisSigns().isEmpty()
				|| intake.goals().contains(Goal.POSTURE) || painClass == PainClass.CHRONIC)) {
			draft.homeCare("pelvic-tilt", "Pelvic tilts wake up the deep tummy muscles that support your lower back. (A3)");
		}
		if (!intake.radiatingLegPain() && (intake.lordosisSigns().contains(LordosisSign.TIGHT_HAMSTRINGS)
				|| intake.sitsMostOfDay() || intake.goals().contains(Goal.FLEXIBILITY))) {
			draft.homeCare("hamstring-stretch", "Tight hamstrings pull on the pelvis; a gentle daily stretch helps. (A3)");
		}
		if (intake.sitsMostOfDay() || intake.has(Cause.LORDOSIS) || intake.lordosisSigns().contains(LordosisSign.SWAYBACK)
				|| intake.goals().contains(Goal.FLEXIBILITY)) {
			draft.homeCare("hip-flexor-stretch", "Long sitting shortens the muscles at the front of the hip, which can tip the pelvis "
					+ "and load the lower back; stretch them daily. (A3)");
		}
		if (intake.pregnant() || intake.postpartum() != null) {
			draft.homeCare("side-lying-rest", "Rest on your side, preferably the left, with a pillow between the knees. (M6, M9)");
		}
		draft.homeCare("preparation-checklist", "What to bring, wear and expect before your first session.");
		draft.homeCare("aftercare", "After a session: drink water if you are thirsty, keep moving gently, and use heat if you feel sore. "
				+ "Soreness usually fades within a day or two. (A6)");
	}

	private void complementary(Intake intake, PainClass painClass, Draft draft) {
		boolean pregnancyOrPostpartum = intake.pregnant() || intake.postpartum() != null;
		if (painClass != PainClass.CHRONIC) {
			draft.complementary(ComplementaryOption.HEAT, Evidence.MODERATE,
					"Heat wraps reduce recent back pain for a few days; guidelines count heat among the first things to try.");
		}
		if (painClass == PainClass.ACUTE) {
			draft.complementary(ComplementaryOption.COLD, Evidence.WEAK,
					"Some people like a cold pack; there is not enough evidence to say it helps, so use it only if it feels good.");
			draft.products.add(ProductTag.COLD_PACK);
		}
		if (painClass != PainClass.ACUTE) {
			draft.complementary(ComplementaryOption.EXERCISE_PROGRAMME, Evidence.MODERATE,
					"A structured exercise programme (Pilates, strengthening, motor control) reduces long-lasting back pain.");
		}
		if (intake.radiatingLegPain() || painClass == PainClass.SUBACUTE) {
			draft.complementary(ComplementaryOption.PHYSIOTHERAPY, Evidence.LOW,
					"A physiotherapist can set up the exercise part of your care and check the nerve if pain runs down your leg.");
		}
		if (painClass == PainClass.CHRONIC) {
			draft.complementary(ComplementaryOption.YOGA, Evidence.LOW,
					"Yoga is one of the movement options guidelines list for long-lasting back pain.");
			draft.complementary(ComplementaryOption.PSYCHOLOGICAL_SUPPORT, Evidence.LOW,
					"Long-lasting pain affects mood and sleep; talking therapies such as CBT are among the recommended options.");
		}
		if (!pregnancyOrPostpartum) {
			draft.complementary(ComplementaryOption.ACUPUNCTURE, Evidence.LOW,
					"Acupuncture is an option guidelines mention for back pain, with low-quality evidence.");
		}
		if (intake.goals().contains(Goal.STRESS) || intake.goals().contains(Goal.SLEEP) || painClass == PainClass.CHRONIC) {
			draft.complementary(ComplementaryOption.STRESS_MANAGEMENT, Evidence.LOW,
					"Relaxation and mindfulness practice can ease the tension and poor sleep that come with back pain.");
		}
		if (intake.goals().contains(Goal.PAIN_RELIEF) && !pregnancyOrPostpartum && !intake.has(Condition.SKIN_LESION_LOWER_BACK)) {
			draft.complementary(ComplementaryOption.TOPICAL_PRODUCTS, Evidence.WEAK,
					"Some people find a warming or soothing salve comforting; there is little evidence that it changes back pain.");
			draft.products.add(ProductTag.TOPICAL_SALVE);
		}
	}
}
