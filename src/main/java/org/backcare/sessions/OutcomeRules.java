package org.backcare.sessions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backcare.careplans.PlanProgress.State;

/**
 * Whether a client responds to their plan and where the plan stands (fact sheet 9.4 O3 to O5, 5.1, 11.1). Pure:
 * values in, values out; no clock, no database.
 */
final class OutcomeRules {

	/** Ratings are whole numbers, but a mean of three is not: 2/3 + 4/3 must still count as a rise of 2. */
	private static final double ROUNDING = 1e-9;

	private static final List<State> SEVERITY = List.of(State.ON_TRACK, State.REVIEW, State.STOP_PROPOSED, State.PAUSED);

	/**
	 * @param worseFor how long pain must stay up before it counts as deterioration (O5: more than 48 h, i.e. two
	 * measurements at least this far apart)
	 */
	record Thresholds(int nprsPoints, int nprsPercent, double psfsPoints, int stopAfterSessions, Duration worseFor) {

		static Thresholds of(SessionsSettings settings) {
			var responder = settings.responder();
			return new Thresholds(responder.nprsPoints(), responder.nprsPercent(), responder.psfsPoints(),
					settings.stopAfterSessions(), Duration.ofHours(48));
		}
	}

	record Reason(String rule, String words) {
	}

	enum Status {
		RESPONDER, NO_MEANINGFUL_CHANGE, TOO_EARLY
	}

	/** @param reasons why, for a responder; the change so far, for anyone else */
	record Responder(Status status, List<Reason> reasons) {

		Responder {
			reasons = List.copyOf(reasons);
		}

		boolean responded() {
			return status == Status.RESPONDER;
		}
	}

	record Review(State state, List<String> rules, String reason) {

		Review {
			rules = List.copyOf(rules);
		}
	}

	private OutcomeRules() {
	}

	/** O3 with PSFS for RMDQ (11.1): pain down by the points or the share, or the PSFS mean up by its points. */
	static Responder responder(ProgressSeries series, Thresholds limits) {
		List<Reason> met = new ArrayList<>();
		List<Reason> notMet = new ArrayList<>();
		Integer baseline = series.baseline();
		var latest = series.latestPain();
		if (baseline != null && latest.isPresent()) {
			int now = latest.get().value();
			int fall = baseline - now;
			String change = "Pain from " + baseline + "/10 at the start to " + now + "/10 now";
			if (fall >= limits.nprsPoints()) {
				met.add(new Reason("O3", change + ": down " + points(fall) + ", at least " + points(limits.nprsPoints()) + "."));
			}
			else if (fall > 0 && fall * 100 >= limits.nprsPercent() * baseline) {
				met.add(new Reason("O3", change + ": down " + percent(fall, baseline) + " %, at least " + limits.nprsPercent() + " %."));
			}
			else {
				notMet.add(new Reason("O3", change + (fall > 0 ? ": down " + points(fall) + " (" + percent(fall, baseline) + " %)" : "")
						+ "; a meaningful fall is " + points(limits.nprsPoints()) + " or " + limits.nprsPercent() + " %."));
			}
		}
		if (series.psfs().size() >= 2) {
			double first = series.psfs().get(0).mean();
			double last = series.psfs().get(series.psfs().size() - 1).mean();
			String change = "Activities (PSFS) from " + decimal(first) + " to " + decimal(last);
			if (last - first >= limits.psfsPoints() - ROUNDING) {
				met.add(new Reason("11.1", change + ": up " + decimal(last - first) + ", at least " + decimal(limits.psfsPoints()) + "."));
			}
			else {
				notMet.add(new Reason("11.1", change + "; a meaningful rise is " + decimal(limits.psfsPoints()) + "."));
			}
		}
		if (!met.isEmpty()) {
			return new Responder(Status.RESPONDER, met);
		}
		return new Responder(notMet.isEmpty() ? Status.TOO_EARLY : Status.NO_MEANINGFUL_CHANGE, notMet);
	}

	/**
	 * The state the measurements call for. O5 first (it is about safety), then O4: no response by the stop session
	 * proposes to stop, no response after the plan's reassessment count of sessions (since the last review) asks
	 * for a review. A review the therapist already made is not asked for again until there is new reason.
	 */
	static Review review(ProgressSeries series, Responder responder, Thresholds limits, int reassessAfterSessions) {
		List<String> worse = Deterioration.reasons(series, limits);
		if (!worse.isEmpty()) {
			return new Review(State.PAUSED, List.of("O5"), String.join(" ", worse));
		}
		var last = series.lastReview();
		int sessions = series.sessions();
		if (!responder.responded() && sessions >= limits.stopAfterSessions()
				&& (last == null || last.sessions() < limits.stopAfterSessions())) {
			return new Review(State.STOP_PROPOSED, List.of("O4"), "No meaningful change after " + sessions
					+ " sessions: massage alone is not helping enough, so the plan is proposed to stop.");
		}
		int sinceReview = sessions - (last == null ? 0 : last.sessions());
		if (!responder.responded() && sinceReview >= reassessAfterSessions) {
			return new Review(State.REVIEW, List.of("O4"), "No meaningful change after " + sessions
					+ " sessions: the plan needs the therapist's review (dose, active component, referral).");
		}
		if (responder.responded()) {
			return new Review(State.ON_TRACK, List.of("O3"), "A meaningful improvement: continue and taper to self-care.");
		}
		return new Review(State.ON_TRACK, List.of(), "Sessions so far: " + sessions + "; the plan is reviewed after "
				+ reassessAfterSessions + " without meaningful change.");
	}

	/**
	 * Whether the evaluated state replaces the current one. States only escalate on their own: a review, a proposed
	 * stop or a pause stays until a therapist resolves it.
	 */
	static boolean escalates(State current, State evaluated) {
		return SEVERITY.indexOf(evaluated) > SEVERITY.indexOf(current);
	}

	private static String points(int points) {
		return points + (points == 1 ? " point" : " points");
	}

	private static long percent(int fall, int baseline) {
		return Math.round(fall * 100.0 / baseline);
	}

	static String decimal(double value) {
		return String.format(Locale.ENGLISH, "%.1f", value);
	}
}
