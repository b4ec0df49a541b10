package org.backcare.careplans;

import static org.backcare.therapies.Technique.ASHIATSU;
import static org.backcare.therapies.Technique.DEEP_TISSUE;
import static org.backcare.therapies.Technique.HIP_AND_GLUTE;
import static org.backcare.therapies.Technique.LOMILOMI;
import static org.backcare.therapies.Technique.MYOFASCIAL_RELEASE;
import static org.backcare.therapies.Technique.SWEDISH;
import static org.backcare.therapies.Technique.TRIGGER_POINT;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.backcare.intake.Condition;
import org.backcare.intake.Intake;
import org.backcare.intake.RedFlag;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;

/**
 * The modifiers M1–M10 and L2 (fact sheet 9.2, 9.6): cumulative, applied before the plan rules, they exclude
 * techniques, cap pressure, rule out positions and areas, and require skills.
 */
final class Modifiers {

	private final CarePlanSettings settings;

	Modifiers(CarePlanSettings settings) {
		this.settings = settings;
	}

	void apply(Intake intake, Draft draft) {
		if (bleedingRisk(intake)) {
			// M1: bleeding and bruising risk (3.1).
			draft.exclude("M1", "With blood thinners or a bleeding disorder, firm or focused pressure can cause bruising, "
					+ "so we keep to gentle Swedish massage.", DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, LOMILOMI,
					ASHIATSU, HIP_AND_GLUTE);
			draft.capPressure(3, "M1");
			draft.warn("M1", "Blood thinners or a bleeding disorder: light to moderate pressure only; check for bruising at every visit.");
		}
		if (fragile(intake)) {
			// M2: fragility fracture risk (1.7, 3.3, 3.5).
			draft.exclude("M2", "Fragile bones need light pressure: no deep kneading, body-weight work or pressure on the spine.",
					DEEP_TISSUE, TRIGGER_POINT, LOMILOMI, ASHIATSU);
			draft.capPressure(2, "M2");
			draft.avoid(Position.PRONE);
			draft.avoid(BodyArea.SPINE);
			draft.warn("M2", "Fragile bones (osteoporosis, long-term steroids or age " + settings.frailAge()
					+ " or over): light pressure, side-lying or well-supported positions, no springing, mobilisation or friction over the spine.");
		}
		if (intake.has(Condition.RECENT_SURGERY)) {
			// M3: after the healing time; before it the screening asks for clearance and there is no plan (3.6).
			draft.avoid(BodyArea.SURGICAL_SITE);
			draft.exclude("M3", "Ashiatsu puts body weight on the back, which is too much after an operation.", ASHIATSU);
			draft.warn("M3", "Recent operation: keep away from the operated area and any fused levels; the surgeon's clearance comes first.");
		}
		if (intake.has(Condition.SKIN_LESION_LOWER_BACK)) {
			// M4: local contraindication (3.2, 3.3).
			draft.avoid(BodyArea.LOWER_BACK, BodyArea.QUADRATUS_LUMBORUM);
			draft.warn("M4", "Skin problem on the lower back: no work on that area until it has healed; the hips and buttocks can still be treated.");
		}
		if (intake.has(Condition.VARICOSE_VEINS)) {
			// M4 (local): damaged veins are avoided locally (3.2, 3.15).
			draft.avoid(BodyArea.LEGS);
			draft.warn("M4", "Varicose veins: no pressure on the legs over or below the veins.");
		}
		if (intake.radiatingLegPain()) {
			// M5: nerve irritation (3.8, 4.8, 4.11).
			draft.exclude("M5", "With pain running down the leg we keep the work gentle, as firm or sustained pressure can irritate the nerve.",
					DEEP_TISSUE, TRIGGER_POINT, ASHIATSU);
			draft.capPressure(2, "M5");
			draft.avoid(BodyArea.LEGS, BodyArea.HAMSTRINGS);
			draft.warn("M5", "Pain running down the leg: gentle work only; stop any technique that brings on tingling or pain in the leg, "
					+ "and ask about leg symptoms at every visit.");
		}
		if (intake.pregnant()) {
			pregnancy(intake, draft);
		}
		if (intake.postpartum() != null) {
			postpartum(intake, draft);
		}
		if (intake.has(Condition.KNOWN_AAA)) {
			// M10 (3.7).
			draft.avoid(BodyArea.ABDOMEN, BodyArea.PSOAS);
			draft.warn("M10", "Known aortic aneurysm: no deep work on the belly or the psoas.");
		}
	}

	private void pregnancy(Intake intake, Draft draft) {
		int week = intake.pregnancyWeek();
		// M6 and L2: a therapist trained for pregnancy (3.9–3.11, 3.15, 8.5).
		draft.skills.add(Skill.PRENATAL);
		draft.exclude("M6", "In pregnancy we keep to moderate pressure: no deep work, trigger-point pressure or body-weight techniques.",
				DEEP_TISSUE, TRIGGER_POINT, LOMILOMI, ASHIATSU);
		for (Technique folded : List.of(SWEDISH, HIP_AND_GLUTE, MYOFASCIAL_RELEASE)) {
			if (intake.requestedTechniques().contains(folded)) {
				draft.exclude(folded, "M6", "In pregnancy we offer prenatal massage instead: gentle strokes like these, in positions made for pregnancy.");
			}
		}
		draft.capPressure(3, "M6");
		draft.avoid(BodyArea.MEDIAL_THIGH, BodyArea.ABDOMEN);
		if (week > settings.proneLastWeek()) {
			draft.avoid(Position.PRONE);
		}
		if (week >= settings.supineFromWeek()) {
			draft.avoid(Position.SUPINE);
			draft.warn("M6", "From week " + settings.supineFromWeek() + " no lying flat on the back: left side-lying or semi-reclined with a "
					+ "left tilt. Stop at any dizziness or nausea.");
		}
		draft.warn("M6", "Pregnancy: only a therapist trained in prenatal massage; light strokes on the legs, nothing on the inner thigh, "
				+ "no deep work on the quadratus lumborum.");
		if (week <= settings.screening().firstTrimesterLastWeek()) {
			// M7: a caution, not a block (3.12).
			draft.capPressure(2, "M7");
			draft.warn("M7", "First trimester: gentle technique, with the client's documented consent.");
		}
	}

	private void postpartum(Intake intake, Draft draft) {
		// L2: route a postpartum client to a therapist trained for pregnancy and after (8.5).
		draft.skills.add(Skill.PRENATAL);
		long days = intake.postpartum().daysSinceDeliveryOn(intake.assessedOn());
		if (days < settings.screening().postpartumWeeks() * 7L) {
			// M9: clot risk stays raised for 6 weeks (3.16).
			draft.exclude("M9", "In the first weeks after a birth we keep to light work; deeper work waits for the 6-week check.",
					DEEP_TISSUE, TRIGGER_POINT, LOMILOMI, ASHIATSU);
			draft.capPressure(2, "M9");
			draft.avoid(Position.PRONE);
			draft.avoid(BodyArea.LEGS, BodyArea.MEDIAL_THIGH, BodyArea.ABDOMEN);
			if (intake.postpartum().caesarean()) {
				draft.avoid(BodyArea.SURGICAL_SITE);
			}
			draft.warn("M9", "Less than " + settings.screening().postpartumWeeks() + " weeks after the birth: side-lying, light work, nothing "
					+ "on the legs or belly" + (intake.postpartum().caesarean() ? " or near the caesarean scar" : "")
					+ "; ask about leg swelling or pain at every visit.");
		}
		else {
			draft.warn("M9", "After a birth: deep, prone or belly work only once the 6-week postnatal check has cleared it.");
		}
	}

	static boolean bleedingRisk(Intake intake) {
		return intake.has(Condition.ANTICOAGULANTS) || intake.has(Condition.BLEEDING_DISORDER);
	}

	boolean fragile(Intake intake) {
		return intake.osteoporosis() || intake.has(RedFlag.LONG_TERM_STEROIDS) || intake.age() >= settings.frailAge();
	}

	boolean earlyPostpartum(Intake intake) {
		return intake.postpartum() != null && ChronoUnit.DAYS.between(intake.postpartum().deliveryDate(),
				intake.assessedOn()) < settings.screening().postpartumWeeks() * 7L;
	}
}
