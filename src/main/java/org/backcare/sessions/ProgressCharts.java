package org.backcare.sessions;

import java.util.List;

/** The two progress charts (O2, 5.1, 11.1), the same on the pages and in the printed report. */
final class ProgressCharts {

	private ProgressCharts() {
	}

	/** Pain per measurement and per week, with the band of changes too small to be meaningful (O3). */
	static String pain(ClientProgress progress) {
		var scores = progress.series().pain().stream()
			.map(score -> new SvgChart.Point(score.at(), score.value()))
			.toList();
		var weeks = progress.weeks().stream()
			.map(week -> new SvgChart.Point(week.at(), week.average()))
			.toList();
		Integer baseline = progress.series().baseline();
		Double line = progress.responderPain();
		SvgChart.Band band = line == null ? null : new SvgChart.Band(line, baseline,
				"Less than a meaningful change from the start (" + OutcomeRules.decimal(line) + " to " + baseline + ")");
		String description = scores.isEmpty() ? "No pain scores recorded yet."
				: "Pain from 0 (none) to 10, " + scores.size() + (scores.size() == 1 ? " score" : " scores") + ": before each session and at check-ins, with weekly averages"
						+ (baseline == null ? "." : "; the start was " + baseline + "/10 and the latest is "
								+ progress.series().pain().get(scores.size() - 1).value() + "/10.");
		return SvgChart.render(new SvgChart.Chart("pain-chart", "Pain over time (NPRS)", description, "Pain (0-10)", 0, 10,
				List.of(new SvgChart.Line("Pain score", "#1f5f8b", false, scores),
						new SvgChart.Line("Weekly average", "#8a4b08", true, weeks)),
				band, progress.zone()));
	}

	/** The PSFS mean at each time it was taken, with the band up to a meaningful rise (11.1). */
	static String activities(ClientProgress progress) {
		var psfs = progress.series().psfs();
		var means = psfs.stream().map(score -> new SvgChart.Point(score.at(), score.mean())).toList();
		Double line = progress.responderPsfs();
		SvgChart.Band band = line == null ? null : new SvgChart.Band(psfs.get(0).mean(), line,
				"Less than a meaningful change from the start (" + OutcomeRules.decimal(psfs.get(0).mean()) + " to "
						+ OutcomeRules.decimal(line) + ")");
		String description = psfs.isEmpty() ? "No activity scores recorded yet."
				: "How well the chosen activities can be done, mean from 0 (cannot) to 10 (as before), " + psfs.size()
						+ (psfs.size() == 1 ? " score" : " scores") + "; from " + OutcomeRules.decimal(psfs.get(0).mean()) + " at the start to "
						+ OutcomeRules.decimal(psfs.get(psfs.size() - 1).mean()) + " now.";
		return SvgChart.render(new SvgChart.Chart("activities-chart", "Activities over time (PSFS)", description,
				"Activity score (0-10)", 0, 10, List.of(new SvgChart.Line("Activity score (mean)", "#1f6f43", false, means)),
				band, progress.zone()));
	}
}
