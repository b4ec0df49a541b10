package org.backcare.careplans;

import java.time.LocalDate;
import java.util.List;

import org.backcare.homecare.ProductTag;
import org.backcare.therapies.Position;
import org.backcare.therapies.Skill;
import org.backcare.therapies.Technique;

/**
 * A proposed care plan, to be approved by a licensed therapist. The component names are the JSON contract of
 * the preview endpoint.
 *
 * @param endBy the plan ends by this day at the latest (the due date in pregnancy), or null
 */
public record Plan(List<Proposed> techniques, List<Excluded> excludedTechniques, Pressure pressure, Positions positions,
		List<BodyArea> focusAreas, List<BodyArea> avoidAreas, int sessionMinutes, int sessionsPerWeek, int weeks,
		LocalDate endBy, List<Skill> requiredSkills, ActiveComponent activeComponent, List<HomeCare> homeCare,
		List<Complementary> complementary, List<ProductTag> productTags, int reassessAfterSessions,
		List<Warning> warnings) {

	public Plan {
		techniques = List.copyOf(techniques);
		excludedTechniques = List.copyOf(excludedTechniques);
		focusAreas = List.copyOf(focusAreas);
		avoidAreas = List.copyOf(avoidAreas);
		requiredSkills = List.copyOf(requiredSkills);
		homeCare = List.copyOf(homeCare);
		complementary = List.copyOf(complementary);
		productTags = List.copyOf(productTags);
		warnings = List.copyOf(warnings);
	}

	/** A technique proposed, why, the rules it came from and the fact-sheet sections they rest on. */
	public record Proposed(Technique technique, String why, List<String> rules, List<String> sources) {
	}

	/** A technique left out, why, and the rules that leave it out. */
	public record Excluded(Technique technique, String why, List<String> rules) {
	}

	/** Pressure from 1 (very light) to 5 (very firm). */
	public record Pressure(int min, int max) {

		/** The range in words, e.g. light to moderate. */
		public String words() {
			return min == max ? PlanWords.pressure(min) : PlanWords.pressure(min) + " to " + PlanWords.pressure(max);
		}
	}

	public record Positions(List<Position> allowed, List<Position> avoid) {
	}

	public record ActiveComponent(ActiveKind kind, String why) {
	}

	/** A home-care item by its slug in the home-care library. */
	public record HomeCare(String item, String why) {
	}

	public record Complementary(ComplementaryOption option, Evidence evidence, String why) {
	}

	public record Warning(String rule, String message) {
	}
}
