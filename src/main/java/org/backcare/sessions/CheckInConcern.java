package org.backcare.sessions;

import java.util.EnumSet;
import java.util.Set;

/**
 * What in a check-in means the client may be getting worse (O5, 6.3): new leg weakness or numbness, pain getting
 * worse, or pain today at least 2 points (the NPRS minimal important change, 5.1) over the session's starting pain.
 * Any of them tells the therapist and the practice; the plan pauses on what O5 counts (Deterioration): weakness,
 * numbness or worse pain at once, a rise in pain once it has lasted 48 hours. Pure: values in, values out.
 */
enum CheckInConcern {

	LEG_WEAKNESS, NUMBNESS, PAIN_WORSE, PAIN_UP;

	/** @param painBefore the pain recorded before the session, or null when no record says */
	static Set<CheckInConcern> in(CheckInAnswers answers, Integer painBefore) {
		Set<CheckInConcern> concerns = EnumSet.noneOf(CheckInConcern.class);
		if (answers.legWeakness()) {
			concerns.add(LEG_WEAKNESS);
		}
		if (answers.numbness()) {
			concerns.add(NUMBNESS);
		}
		if (answers.painWorse()) {
			concerns.add(PAIN_WORSE);
		}
		if (painBefore != null && answers.painToday() >= painBefore + 2) {
			concerns.add(PAIN_UP);
		}
		return concerns;
	}

	/** New nerve symptoms: the client should see a doctor today (and go to emergency care if S1 signs come with them). */
	static boolean neurological(Set<CheckInConcern> concerns) {
		return concerns.contains(LEG_WEAKNESS) || concerns.contains(NUMBNESS);
	}

	String words(CheckInAnswers answers, Integer painBefore) {
		return switch (this) {
			case LEG_WEAKNESS -> "New weakness in a leg";
			case NUMBNESS -> "New numbness or tingling";
			case PAIN_WORSE -> "Pain getting worse";
			case PAIN_UP -> "Pain today " + answers.painToday() + "/10, up from " + painBefore + "/10 before the session";
		};
	}
}
