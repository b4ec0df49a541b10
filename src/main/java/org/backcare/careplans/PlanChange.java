package org.backcare.careplans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.backcare.platform.FormErrors;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;

/**
 * What a therapist may change in a proposed plan, as posted by the review form, and the checks that keep a change
 * inside the rules: pressure never above the rules' cap, no technique a rule excluded, deep work only with firm
 * pressure, ashiatsu only where lying face down is allowed. The positions, areas and home care stay the engine's.
 */
record PlanChange(String pressureMin, String pressureMax, String sessionMinutes, String sessionsPerWeek, String weeks,
		List<String> techniques, String reason) {

	static final List<Integer> SESSION_MINUTES = List.of(30, 45, 60, 75, 90);

	/** The form as the plan is now, for the review page. */
	static PlanChange of(Plan plan) {
		return new PlanChange(String.valueOf(plan.pressure().min()), String.valueOf(plan.pressure().max()),
				String.valueOf(plan.sessionMinutes()), String.valueOf(plan.sessionsPerWeek()), String.valueOf(plan.weeks()),
				plan.techniques().stream().map(proposed -> proposed.technique().name()).toList(), "");
	}

	boolean includes(Technique technique) {
		return techniques != null && techniques.contains(technique.name());
	}

	FormErrors check(CarePlan current) {
		var errors = FormErrors.none();
		Plan plan = current.plan();
		Integer min = number(pressureMin, 1, 5);
		Integer max = number(pressureMax, 1, 5);
		if (min == null) {
			errors.field("pressureMin", "Choose the lightest pressure, from 1 to 5.");
		}
		if (max == null) {
			errors.field("pressureMax", "Choose the firmest pressure, from 1 to 5.");
		}
		else if (max > current.pressureCap()) {
			errors.field("pressureMax", "The rules for this client allow pressure up to " + current.pressureCap()
					+ " at most (see the warnings and excluded techniques).");
		}
		if (min != null && max != null && min > max) {
			errors.field("pressureMin", "The lightest pressure cannot be firmer than the firmest.");
		}
		if (!SESSION_MINUTES.contains(number(sessionMinutes, 30, 90))) {
			errors.field("sessionMinutes", "Choose a session length of 30, 45, 60, 75 or 90 minutes.");
		}
		if (number(sessionsPerWeek, 1, 3) == null) {
			errors.field("sessionsPerWeek", "Choose 1 to 3 sessions a week.");
		}
		if (number(weeks, 1, 26) == null) {
			errors.field("weeks", "Choose 1 to 26 weeks.");
		}
		List<Technique> chosen = chosen();
		if (chosen.isEmpty()) {
			errors.field("techniques", "Keep at least one technique.");
		}
		for (Plan.Excluded excluded : plan.excludedTechniques()) {
			if (chosen.contains(excluded.technique())) {
				errors.field("techniques", PlanWords.of(excluded.technique()) + " is excluded by rule " + String.join(", ", excluded.rules())
						+ ": " + excluded.why());
			}
		}
		boolean deep = chosen.contains(Technique.DEEP_TISSUE) || chosen.contains(Technique.ASHIATSU);
		if (deep && max != null && max < 4) {
			errors.field("techniques", "Deep tissue work and ashiatsu need pressure 4 or firmer; raise the pressure or leave them out.");
		}
		if (chosen.contains(Technique.ASHIATSU) && plan.positions().avoid().contains(Position.PRONE)) {
			errors.field("techniques", "Ashiatsu is given lying face down, which this plan avoids.");
		}
		if (reason == null || reason.isBlank()) {
			errors.field("reason", "Say why you change the plan; the client and other therapists read it.");
		}
		else if (reason.length() > 1000) {
			errors.field("reason", "Keep the reason under 1,000 characters.");
		}
		return errors;
	}

	/** The plan with this change; call only when {@link #check} found nothing. */
	Plan applyTo(Plan plan) {
		Map<Technique, Plan.Proposed> before = new java.util.EnumMap<>(Technique.class);
		plan.techniques().forEach(proposed -> before.put(proposed.technique(), proposed));
		var techniqueList = new ArrayList<Plan.Proposed>();
		for (Technique technique : chosen()) {
			techniqueList.add(before.getOrDefault(technique,
					new Plan.Proposed(technique, "Added by your therapist: " + reason.strip(), List.of(), List.of())));
		}
		var skills = EnumSet.noneOf(Skill.class);
		if (plan.requiredSkills().contains(Skill.PRENATAL)) {
			skills.add(Skill.PRENATAL); // M6: a pregnancy needs a prenatal-trained therapist whatever the techniques
		}
		techniqueList.forEach(proposed -> {
			Skill skill = SafetyPass.skillFor(proposed.technique());
			if (skill != null) {
				skills.add(skill);
			}
		});
		return new Plan(techniqueList, plan.excludedTechniques(), new Plan.Pressure(number(pressureMin, 1, 5), number(pressureMax, 1, 5)),
				plan.positions(), plan.focusAreas(), plan.avoidAreas(), number(sessionMinutes, 30, 90), number(sessionsPerWeek, 1, 3),
				number(weeks, 1, 26), plan.endBy(), List.copyOf(skills), plan.activeComponent(), plan.homeCare(),
				plan.complementary(), plan.productTags(), plan.reassessAfterSessions(), plan.warnings());
	}

	/** The techniques ticked, in the catalogue's order; names that are no technique are ignored. */
	private List<Technique> chosen() {
		return techniques == null ? List.of()
				: Arrays.stream(Technique.values()).filter(technique -> techniques.contains(technique.name())).toList();
	}

	private static Integer number(String text, int lowest, int highest) {
		try {
			int value = Integer.parseInt(text == null ? "" : text.strip());
			return value < lowest || value > highest ? null : value;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
