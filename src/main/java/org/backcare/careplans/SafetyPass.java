package org.backcare.careplans;

import static org.backcare.therapies.Technique.ASHIATSU;
import static org.backcare.therapies.Technique.DEEP_TISSUE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.backcare.intake.Intake;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;

/**
 * The last word on every plan: whatever the rules did, these invariants hold (they are asserted again by the
 * property test). One place, so a new rule cannot forget one.
 */
final class SafetyPass {

	private static final Map<Technique, Skill> SKILLS = Map.of(Technique.PRENATAL, Skill.PRENATAL, DEEP_TISSUE,
			Skill.DEEP_TISSUE, Technique.TRIGGER_POINT, Skill.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE,
			Skill.MYOFASCIAL_RELEASE, Technique.LOMILOMI, Skill.LOMILOMI, ASHIATSU, Skill.ASHIATSU);

	private static final Pattern NEVER_SAID = Pattern.compile("detox|toxin|manipulat|thrust", Pattern.CASE_INSENSITIVE);

	private static final Map<String, Boolean> WORDING_CHECKED = new ConcurrentHashMap<>();

	private SafetyPass() {
	}

	/** The training a technique needs from the therapist, or null when every therapist may give it. */
	static Skill skillFor(Technique technique) {
		return SKILLS.get(technique);
	}

	static Plan finish(Intake intake, CarePlanSettings settings, Draft draft) {
		// M6: never prone after week 13, never flat supine from week 20, always a prenatal-trained therapist.
		if (intake.pregnant()) {
			int week = intake.pregnancyWeek();
			if (week > settings.proneLastWeek()) {
				draft.avoid(Position.PRONE);
			}
			if (week >= settings.supineFromWeek()) {
				draft.avoid(Position.SUPINE);
			}
			draft.skills.add(Skill.PRENATAL);
		}
		// Pressure never above what a modifier allows, and always a valid range on the 1–5 scale.
		int max = Math.max(1, Math.min(Math.min(draft.pressureMax, draft.pressureCap), 5));
		int min = Math.max(1, Math.min(draft.pressureMin, max));
		// Deep work needs firm pressure and ashiatsu needs the prone position: drop them when the plan cannot give that.
		for (Technique deep : List.of(DEEP_TISSUE, ASHIATSU)) {
			if (draft.proposed.containsKey(deep) && max < 4) {
				for (String rule : draft.capRules) {
					draft.exclude(deep, rule, "This plan keeps the pressure lighter than deep work needs.");
				}
			}
		}
		if (draft.avoidPositions.contains(Position.PRONE) && draft.proposed.containsKey(ASHIATSU)) {
			draft.exclude(ASHIATSU, "P7", "Ashiatsu is done lying face down, which this plan avoids.");
		}
		// A technique excluded by any rule is never proposed.
		draft.proposed.keySet().removeAll(draft.excluded.keySet());
		if (draft.proposed.isEmpty()) {
			throw new IllegalStateException("No technique left for " + intake);
		}
		for (Technique technique : draft.proposed.keySet()) {
			Skill skill = SKILLS.get(technique);
			if (skill != null) {
				draft.skills.add(skill);
			}
		}
		var focus = EnumSet.copyOf(draft.focus);
		focus.removeAll(draft.avoidAreas);
		var allowed = EnumSet.complementOf(draft.avoidPositions);
		if (draft.active == null) {
			throw new IllegalStateException("Massage always comes with an active component");
		}
		var plan = new Plan(new ArrayList<>(draft.proposed.values()), new ArrayList<>(draft.excluded.values()),
				new Plan.Pressure(min, max), new Plan.Positions(List.copyOf(allowed), List.copyOf(draft.avoidPositions)),
				List.copyOf(focus), List.copyOf(draft.avoidAreas), draft.sessionMinutes, draft.sessionsPerWeek, draft.weeks,
				draft.endBy, List.copyOf(draft.skills), draft.active,
				draft.homeCare.entrySet().stream().map(item -> new Plan.HomeCare(item.getKey(), item.getValue())).toList(),
				new ArrayList<>(draft.complementary.values()), List.copyOf(draft.products), draft.reassessAfterSessions,
				draft.warnings);
		// 7.6 and P8: no detox claims, no manipulation, in any text the plan carries.
		plan.techniques().forEach(item -> checkWording(item.why()));
		plan.excludedTechniques().forEach(item -> checkWording(item.why()));
		plan.homeCare().forEach(item -> checkWording(item.why()));
		plan.complementary().forEach(item -> checkWording(item.why()));
		plan.warnings().forEach(item -> checkWording(item.message()));
		checkWording(plan.activeComponent().why());
		return plan;
	}

	private static void checkWording(String text) {
		// The texts are a small, fixed set (a few carry a configured number), so each is scanned once.
		if (WORDING_CHECKED.containsKey(text)) {
			return;
		}
		if (NEVER_SAID.matcher(text).find()) {
			throw new IllegalStateException("A plan text makes a claim BackCare never makes: " + text);
		}
		if (WORDING_CHECKED.size() < 10_000) {
			WORDING_CHECKED.put(text, Boolean.TRUE);
		}
	}
}
