package org.backcare.sessions;

import java.util.List;
import java.util.Set;

import org.backcare.intake.RedFlag;
import org.backcare.therapies.Position;
import org.backcare.therapies.Technique;

/**
 * What the therapist writes in a session record (O1, M5): pain before and after, the red flags the client reported
 * at today's re-screen, the treatment and the SOAP note. Any value may be null or empty while the record is a draft.
 *
 * @param flags the red flags the client reported today, including any already reported at the intake
 * @param pressure the pressure used, 1 (very light) to 5 (very firm)
 */
record RecordContent(Integer painBefore, Integer painAfter, Set<RedFlag> flags, List<Technique> techniques,
		Integer pressure, List<Position> positions, Set<BodyRegion> areas, List<Feedback> feedback, String subjective,
		String objective, String assessment, String plan) {

	static final int NOTE_LIMIT = 4000;

	static final RecordContent EMPTY = new RecordContent(null, null, Set.of(), List.of(), null, List.of(), Set.of(),
			List.of(), null, null, null, null);

	RecordContent {
		flags = Set.copyOf(flags);
		techniques = List.copyOf(techniques);
		positions = List.copyOf(positions);
		areas = Set.copyOf(areas);
		feedback = List.copyOf(feedback);
	}

	/** Whether any treatment is recorded: a stopped session may have none. */
	boolean treated() {
		return !techniques.isEmpty() || pressure != null || !positions.isEmpty() || !areas.isEmpty()
				|| !feedback.isEmpty() || painAfter != null;
	}

	/** M5: the techniques the client's leg symptoms stopped. */
	List<Technique> stoppedTechniques() {
		return feedback.stream().filter(Feedback::stopTechnique).map(Feedback::technique).distinct().toList();
	}

	/** Whether the client found the pressure of any technique too much (6.4). */
	boolean pressureTooMuch() {
		return feedback.stream().anyMatch(Feedback::pressureTooMuch);
	}

	Feedback feedbackOn(Technique technique) {
		return feedback.stream().filter(item -> item.technique() == technique).findFirst().orElse(null);
	}
}
