package org.backcare.intake;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.backcare.therapies.Position;
import org.backcare.therapies.Technique;

/**
 * The proposed care plan as the result page shows it, read from the care-plan preview API's JSON contract (the
 * parts a client reads; the rest is for the therapist who approves the plan).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ConsultationPlan(List<Proposed> techniques, List<Excluded> excludedTechniques, Pressure pressure,
		Positions positions, List<String> focusAreas, List<String> avoidAreas, int sessionMinutes, int sessionsPerWeek,
		int weeks, LocalDate endBy, Active activeComponent, List<HomeCare> homeCare, List<Complementary> complementary,
		int reassessAfterSessions, List<Warning> warnings) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Proposed(Technique technique, String why, List<String> rules) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Excluded(Technique technique, String why, List<String> rules) {
	}

	record Pressure(int min, int max) {
	}

	record Positions(List<Position> allowed, List<Position> avoid) {
	}

	record Active(String kind, String why) {
	}

	record HomeCare(String item, String why) {
	}

	record Complementary(String option, String evidence, String why) {
	}

	record Warning(String rule, String message) {
	}

	/** An enum name as words: HIP_AND_GLUTE → "Hip and glute". */
	static String words(Object name) {
		String text = String.valueOf(name).toLowerCase().replace('_', ' ');
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String pressureWords(int level) {
		return switch (level) {
			case 1 -> "very light";
			case 2 -> "light";
			case 3 -> "moderate";
			case 4 -> "firm";
			default -> "very firm";
		};
	}
}
