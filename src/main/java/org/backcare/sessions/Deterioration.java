package org.backcare.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * O5: the client got worse. Pain at least the MIC points over the baseline at two measurements at least 48 hours
 * apart with nothing lower in between, or the client reported new leg weakness or numbness, pain getting worse,
 * or a neurological red flag at a re-screen. Only what came after the therapist's last
 * review counts, so a resolved pause is not raised again by the same measurements.
 */
final class Deterioration {

	private Deterioration() {
	}

	static List<String> reasons(ProgressSeries series, OutcomeRules.Thresholds limits) {
		Instant since = series.lastReview() == null ? Instant.MIN : series.lastReview().at();
		List<String> reasons = new ArrayList<>();
		series.reportedWorse()
			.stream()
			.filter(report -> report.at().isAfter(since))
			.map(ProgressSeries.Report::what)
			.distinct()
			.forEach(what -> reasons.add("Reported: " + what + "."));
		Integer baseline = series.baseline();
		if (baseline != null) {
			int worse = baseline + limits.nprsPoints();
			ProgressSeries.PainScore firstUp = null;
			for (var score : series.pain()) {
				if (!score.at().isAfter(since) || score.value() < worse) {
					firstUp = null;
				}
				else if (firstUp == null) {
					firstUp = score;
				}
				else if (!score.at().isBefore(firstUp.at().plus(limits.worseFor()))) {
					reasons.add("Pain stayed " + limits.nprsPoints() + " or more points above the starting " + baseline
							+ "/10 for " + limits.worseFor().toHours() + " hours or more (" + firstUp.value() + "/10, then "
							+ score.value() + "/10).");
					break;
				}
			}
		}
		return reasons;
	}
}
