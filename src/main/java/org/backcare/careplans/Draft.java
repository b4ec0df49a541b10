package org.backcare.careplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backcare.homecare.ProductTag;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;

/** A plan being put together by the rules: mutable, package-private, never leaves the engine. */
final class Draft {

	final Map<Technique, Plan.Proposed> proposed = new EnumMap<>(Technique.class);

	final Map<Technique, Plan.Excluded> excluded = new EnumMap<>(Technique.class);

	int pressureMin = 2;

	int pressureMax = 3;

	/** The firmest pressure any modifier allows, and the rules that set it. */
	int pressureCap = 5;

	final List<String> capRules = new ArrayList<>();

	final EnumSet<Position> avoidPositions = EnumSet.noneOf(Position.class);

	final EnumSet<BodyArea> focus = EnumSet.noneOf(BodyArea.class);

	final EnumSet<BodyArea> avoidAreas = EnumSet.noneOf(BodyArea.class);

	final EnumSet<Skill> skills = EnumSet.noneOf(Skill.class);

	final Map<String, String> homeCare = new LinkedHashMap<>();

	final Map<ComplementaryOption, Plan.Complementary> complementary = new EnumMap<>(ComplementaryOption.class);

	final EnumSet<ProductTag> products = EnumSet.noneOf(ProductTag.class);

	final List<Plan.Warning> warnings = new ArrayList<>();

	Plan.ActiveComponent active;

	int sessionMinutes;

	int sessionsPerWeek = 1;

	int weeks;

	LocalDate endBy;

	int reassessAfterSessions;

	/** Leaves a technique out; a second rule adds its id and its reason to the first. */
	void exclude(Technique technique, String rule, String why) {
		Plan.Excluded before = excluded.get(technique);
		if (before == null) {
			excluded.put(technique, new Plan.Excluded(technique, why, List.of(rule)));
		}
		else if (!before.rules().contains(rule)) {
			var rules = new ArrayList<>(before.rules());
			rules.add(rule);
			excluded.put(technique, new Plan.Excluded(technique, before.why() + " " + why, List.copyOf(rules)));
		}
	}

	void exclude(String rule, String why, Technique... techniques) {
		for (Technique technique : techniques) {
			exclude(technique, rule, why);
		}
	}

	boolean isExcluded(Technique technique) {
		return excluded.containsKey(technique);
	}

	/** Proposes a technique unless a rule has excluded it; the safety pass checks again at the end. */
	void propose(Technique technique, String why, List<String> rules, List<String> sources) {
		if (!isExcluded(technique)) {
			proposed.put(technique, new Plan.Proposed(technique, why, List.copyOf(rules), List.copyOf(sources)));
		}
	}

	void capPressure(int max, String rule) {
		if (max < pressureCap) {
			pressureCap = max;
		}
		if (!capRules.contains(rule)) {
			capRules.add(rule);
		}
	}

	void avoid(Position... positions) {
		avoidPositions.addAll(List.of(positions));
	}

	void avoid(BodyArea... areas) {
		avoidAreas.addAll(List.of(areas));
	}

	void warn(String rule, String message) {
		warnings.add(new Plan.Warning(rule, message));
	}

	void homeCare(String item, String why) {
		homeCare.putIfAbsent(item, why);
	}

	void complementary(ComplementaryOption option, Evidence evidence, String why) {
		complementary.putIfAbsent(option, new Plan.Complementary(option, evidence, why));
	}
}
