package org.backcare.careplans;

import static org.backcare.therapies.Technique.ASHIATSU;
import static org.backcare.therapies.Technique.DEEP_TISSUE;
import static org.backcare.therapies.Technique.HIP_AND_GLUTE;
import static org.backcare.therapies.Technique.LOMILOMI;
import static org.backcare.therapies.Technique.MYOFASCIAL_RELEASE;
import static org.backcare.therapies.Technique.PRENATAL;
import static org.backcare.therapies.Technique.SWEDISH;
import static org.backcare.therapies.Technique.TRIGGER_POINT;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.backcare.intake.Cause;
import org.backcare.intake.Intake;
import org.backcare.intake.LordosisSign;
import org.backcare.intake.PainClass;
import org.backcare.intake.PressurePreference;
import org.backcare.intake.RedFlagScreen;
import org.backcare.intake.ScreeningResult;
import org.backcare.therapies.Technique;

/**
 * Proposes a care plan from an intake by the fact sheet's rule table (9): the safety gates first (no plan when one
 * fires), then the modifiers M1–M10, the plan rules P1–P8 and the aftercare rules A1–A6, and last a safety pass
 * that enforces the invariants whatever the rules did. Pure Java: no Spring, no database, no clock (every date
 * is computed from the intake's {@code assessedOn}). Thread-safe.
 *
 * <p>P4–P6 need the STarT Back tool, a licensed instrument a practice loads itself (11.2); until it is loaded the
 * plan says so in a warning. P3b (a more intensive start) needs a wish the intake does not ask about.
 */
public final class PlanEngine {

	private final CarePlanSettings settings;

	private final RedFlagScreen screen;

	private final Modifiers modifiers;

	private final Aftercare aftercare;

	public PlanEngine(CarePlanSettings settings) {
		this.settings = settings;
		this.screen = new RedFlagScreen(settings.screening());
		this.modifiers = new Modifiers(settings);
		this.aftercare = new Aftercare(settings, modifiers);
	}

	public Proposal propose(Intake intake) {
		return assess(intake, false).proposal();
	}

	/**
	 * A proposal, and the firmest pressure the rules allow (a therapist's change may not go above it).
	 *
	 * @param cleared whether a clinician has cleared the client: a fired gate then stays in the plan as a warning
	 *        instead of leaving no plan at all
	 */
	Assessment assess(Intake intake, boolean cleared) {
		PainClass painClass = intake.painClass(settings.acuteBeforeWeeks(), settings.chronicAfterWeeks());
		ScreeningResult screening = screen.screen(intake);
		if (!screening.allowsBooking() && !cleared) {
			return new Assessment(new Proposal(painClass, screening, null), 0);
		}
		var draft = new Draft();
		if (!screening.allowsBooking()) {
			screening.findings().forEach(finding -> draft.warn(finding.rule(), "Cleared by a clinician before treatment: "
					+ finding.message() + " Follow any limits the clearance sets."));
		}
		modifiers.apply(intake, draft);
		course(intake, painClass, draft);
		techniques(intake, painClass, draft);
		aftercare.apply(intake, painClass, draft);
		Plan plan = SafetyPass.finish(intake, settings, draft);
		return new Assessment(new Proposal(painClass, screening, plan), Math.max(1, Math.min(draft.pressureCap, 5)));
	}

	/** @param pressureCap the firmest pressure (1–5) the rules allow for this client, 0 without a plan */
	record Assessment(Proposal proposal, int pressureCap) {
	}

	/** P1–P3: focus, pressure, session length, frequency and duration by pain class. */
	private void course(Intake intake, PainClass painClass, Draft draft) {
		draft.sessionMinutes = settings.sessionMinutes();
		draft.sessionsPerWeek = 1;
		switch (painClass) {
			case ACUTE -> {
				// P1: an optional comfort adjunct, light to moderate, for a few weeks; re-assess at 2 and 4 weeks.
				draft.focus.addAll(List.of(BodyArea.LOWER_BACK, BodyArea.GLUTES));
				draft.weeks = settings.acuteWeeks();
				draft.reassessAfterSessions = 2;
				draft.capPressure(3, "P1");
			}
			case SUBACUTE -> {
				// P2: weekly for 4–6 weeks, always with exercise.
				draft.focus.addAll(List.of(BodyArea.LOWER_BACK, BodyArea.GLUTES, BodyArea.HIPS));
				draft.weeks = settings.subacuteWeeks();
				draft.reassessAfterSessions = 4;
			}
			case CHRONIC -> {
				// P3: weekly for 10 weeks; lower back, QL, buttocks and hips.
				draft.focus.addAll(List.of(BodyArea.LOWER_BACK, BodyArea.QUADRATUS_LUMBORUM, BodyArea.GLUTES, BodyArea.HIPS));
				draft.weeks = settings.chronicWeeks();
				draft.reassessAfterSessions = 4;
			}
		}
		if (intake.lordosisSigns().contains(LordosisSign.TIGHT_HAMSTRINGS) || intake.has(Cause.LORDOSIS)) {
			draft.focus.add(BodyArea.HAMSTRINGS);
		}
		if (intake.pregnant()) {
			draft.focus.remove(BodyArea.QUADRATUS_LUMBORUM); // M6: no deep or trigger-point work on the QL
			var due = intake.pregnancy().dueDateFrom(intake.assessedOn());
			long weeksLeft = Math.max(1, (ChronoUnit.DAYS.between(intake.assessedOn(), due) + 6) / 7);
			draft.weeks = (int) Math.min(draft.weeks, weeksLeft);
			draft.endBy = due.isAfter(intake.assessedOn()) ? due : intake.assessedOn().plusWeeks(1);
		}
		PressurePreference preference = intake.pressurePreference();
		if (preference == PressurePreference.LIGHT) {
			draft.pressureMin = 1;
			draft.pressureMax = 2;
		}
		else if (preference == PressurePreference.FIRM) {
			draft.pressureMin = 3;
			draft.pressureMax = 4;
		}
		if (settings.sessionMinutes() < 60) {
			draft.warn("P3c", "Sessions shorter than 60 minutes did no better than waiting in a dose trial; use them for comfort or "
					+ "maintenance, not as the main course.");
		}
		if (painClass != PainClass.ACUTE) {
			draft.warn("P4", "The STarT Back risk tool is not loaded, so the plan is not yet adjusted to low, medium or high risk "
					+ "(rules P4–P6). Your therapist will review the plan with you at the first visit.");
		}
		draft.warn("O1", "Pain is recorded before and after each session, and the safety questions are asked again at every visit.");
	}

	/** Which techniques: the client's wishes where the modifiers allow them (P7), else relaxation massage. */
	private void techniques(Intake intake, PainClass painClass, Draft draft) {
		String rule = switch (painClass) {
			case ACUTE -> "P1";
			case SUBACUTE -> "P2";
			case CHRONIC -> "P3";
		};
		List<String> classSources = switch (painClass) {
			case ACUTE -> List.of("4.9", "7.1", "7.2");
			case SUBACUTE -> List.of("4.1", "4.8", "4.9");
			case CHRONIC -> List.of("4.2", "4.10", "7.3");
		};
		if (intake.pregnant()) {
			draft.propose(PRENATAL, "Massage made for pregnancy: you lie on your side, well supported by pillows, and a therapist trained "
					+ "for pregnancy keeps the pressure comfortable.", List.of("M6", "L2"), List.of("3.9", "3.10", "8.5"));
		}
		else {
			draft.propose(SWEDISH, "Long, flowing strokes and gentle kneading to ease the muscles around your lower back and hips. In the "
					+ "largest trial for long-lasting back pain, this relaxing style helped as much as deeper work.", List.of(rule),
					classSources);
		}
		if (painClass == PainClass.CHRONIC && !intake.pregnant()) {
			draft.propose(HIP_AND_GLUTE, "Focused work on the buttock and hip muscles, which often take part in long-lasting back pain.",
					List.of("P3"), List.of("4.2"));
		}
		for (Technique wanted : intake.requestedTechniques()) {
			requested(wanted, painClass, rule, draft);
		}
	}

	private void requested(Technique wanted, PainClass painClass, String rule, Draft draft) {
		switch (wanted) {
			case DEEP_TISSUE, ASHIATSU -> {
				// P7: deep work only if M1, M2, M6 and M9 do not apply (they have excluded it already), and not in acute pain.
				if (painClass == PainClass.ACUTE) {
					draft.exclude(wanted, "P1", "For pain that began only recently we keep the pressure light to moderate.");
					draft.exclude(wanted, "P7", "Deeper work is not more effective than relaxation massage.");
					return;
				}
				if (!draft.isExcluded(wanted)) {
					draft.pressureMax = Math.max(draft.pressureMax, 4);
					draft.propose(wanted, (wanted == DEEP_TISSUE ? "You asked for deep tissue work, and nothing in your answers speaks against it. "
							: "You asked for ashiatsu (the therapist works with the feet, lying face down), and nothing in your answers speaks against it. ")
							+ "Good to know: deeper work is not more effective than relaxation massage, and it can leave you sore for a day or two. "
							+ "Tell your therapist whenever it is too much.", List.of("P7", rule), List.of("4.2", "6.3"));
				}
				else {
					draft.exclude(wanted, "P7", "Deeper work is not more effective than relaxation massage, so you lose nothing by leaving it out.");
				}
			}
			case TRIGGER_POINT -> draft.propose(wanted, "You asked for trigger-point work: steady pressure on tender knots. A small trial in "
					+ "recent back pain found it helped; the evidence is still limited, so it is one part of the session, not all of it.",
					List.of(rule), List.of("4.5", "4.6"));
			case MYOFASCIAL_RELEASE -> draft.propose(wanted, "You asked for myofascial release: gentle, sustained pressure and stretch. "
					+ "Reviews found small improvements in pain and everyday function in long-lasting back pain.", List.of(rule),
					List.of("4.7"));
			case LOMILOMI -> draft.propose(wanted, "You asked for Lomilomi, a flowing Hawaiian massage with long forearm strokes. No style "
					+ "of massage has been shown to beat another, so your preference counts.", List.of(rule), List.of("4.2"));
			case HIP_AND_GLUTE -> draft.propose(wanted, "You asked for focused hip and buttock work; these muscles often take part in back "
					+ "pain.", List.of(rule), List.of("4.2"));
			case SWEDISH, PRENATAL -> {
				// SWEDISH is proposed already (or replaced by PRENATAL in pregnancy); PRENATAL only makes sense in pregnancy.
				if (wanted == PRENATAL && !draft.proposed.containsKey(PRENATAL)) {
					draft.exclude(PRENATAL, rule, "Prenatal massage is for pregnancy; Swedish massage gives you the same gentle strokes.");
				}
			}
		}
	}
}
