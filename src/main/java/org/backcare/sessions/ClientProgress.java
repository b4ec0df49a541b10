package org.backcare.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.backcare.careplans.ApprovedPlans.ApprovedPlan;
import org.backcare.careplans.PlanProgress;

/**
 * A client's progress as pages, the API and the printed report show it: the measurements, the sessions, what the
 * rules make of them and where the plan stands.
 *
 * @param zone where the client is treated (the latest session's location), for days and weeks
 * @param plan the approved plan, or null while there is none
 * @param standing the plan's stored state, or null while there is no plan
 * @param evaluation what the rules make of the measurements now, or null without an approved plan
 */
record ClientProgress(long clientId, String clientName, ZoneId zone, ProgressSeries series,
		List<ProgressRecords.Session> sessions, OutcomeRules.Responder responder, OutcomeRules.Thresholds thresholds,
		ApprovedPlan plan, PlanProgress.Standing standing, OutcomeRules.Review evaluation) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

	ClientProgress {
		sessions = List.copyOf(sessions);
	}

	/** A moment as the client's day where they are treated, e.g. 15 Mar 2027. */
	String day(Instant at) {
		return DAY.format(at.atZone(zone));
	}

	String day(LocalDate day) {
		return DAY.format(day);
	}

	/** A moment with its time, in the zone where the client is treated, the zone named. */
	String time(Instant at) {
		return TIME.format(at.atZone(zone));
	}

	/** The zone's name for headings and captions, e.g. Central Time. */
	String zoneName() {
		return zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	List<WeeklyPain.Week> weeks() {
		return WeeklyPain.of(series.pain(), zone);
	}

	/** The pain at or below which the fall is meaningful: 2 points or 30 %, whichever comes first (O3). */
	Double responderPain() {
		Integer baseline = series.baseline();
		if (baseline == null || baseline == 0) {
			return null;
		}
		return baseline - Math.min(thresholds.nprsPoints(), baseline * thresholds.nprsPercent() / 100.0);
	}

	/** The PSFS mean a meaningful rise reaches (11.1), or null before the first score. */
	Double responderPsfs() {
		return series.psfs().isEmpty() ? null : Math.min(10, series.psfs().get(0).mean() + thresholds.psfsPoints());
	}

	PlanProgress.State state() {
		return standing == null ? null : standing.state();
	}
}
