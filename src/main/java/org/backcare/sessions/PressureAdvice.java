package org.backcare.sessions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.backcare.careplans.Plan;

/**
 * The pressure to aim for at a client's next session (6.4, O6), with its reasons. Pure: values in, value out.
 * It starts from the last pressure used (or the lightest the plan allows), never goes above the plan's firmest, and
 * goes one level lighter (lighter than the plan's range if need be) after soreness past the limit or bruising, after pain that rose 2 points over the session's
 * starting pain, or after the client said the pressure was too much.
 */
final class PressureAdvice {

	record Advice(int level, List<Reason> reasons) {

		Advice {
			reasons = List.copyOf(reasons);
		}

		boolean lowered() {
			return !reasons.isEmpty();
		}
	}

	record Reason(String rule, String words) {
	}

	/** What the last session left behind; any part may be null when it was not recorded. */
	record LastSession(Integer pressureUsed, Integer painBefore, boolean pressureTooMuch, CheckInAnswers checkIn) {
	}

	private PressureAdvice() {
	}

	static Advice next(Plan.Pressure plan, LastSession last, Duration sorenessLimit) {
		if (last == null || last.pressureUsed() == null) {
			return new Advice(plan.min(), List.of());
		}
		List<Reason> reasons = new ArrayList<>();
		CheckInAnswers checkIn = last.checkIn();
		if (checkIn != null && checkIn.tooSore(sorenessLimit)) {
			reasons.add(new Reason("O6", checkIn.bruising() ? "Bruising after the last session."
					: "Soreness lasted " + checkIn.sorenessHours() + " hours after the last session, longer than "
							+ sorenessLimit.toHours() + "."));
		}
		if (checkIn != null && last.painBefore() != null && checkIn.painToday() >= last.painBefore() + 2) {
			reasons.add(new Reason("6.4", "Pain the day after was " + checkIn.painToday() + "/10, up from "
					+ last.painBefore() + "/10 before the session."));
		}
		if (last.pressureTooMuch()) {
			reasons.add(new Reason("6.4", "The client found the pressure too much during the last session."));
		}
		int level = reasons.isEmpty() ? last.pressureUsed() : last.pressureUsed() - 1;
		return new Advice(Math.max(1, Math.min(plan.max(), level)), reasons);
	}
}
