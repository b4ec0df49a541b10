package org.backcare.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV (RFC 4180), one figure a line with the clients behind it, so a spreadsheet can pivot it.
 * Hidden figures are written as hidden, with the reason. Text that a spreadsheet would run as a formula gets a
 * leading apostrophe (a therapist's name is typed by people).
 */
final class OutcomesCsv {

	private static final String HIDDEN = "hidden";

	private OutcomesCsv() {
	}

	static String of(OutcomeReport report) {
		var csv = new OutcomesCsv.Lines(report.period());
		csv.group("All clients", report.total());
		for (Breakdown breakdown : report.breakdowns()) {
			breakdown.groups().forEach(group -> csv.group(breakdown.title(), group));
		}
		SafetyFigures safety = report.safety();
		String section = "Every session held in the period";
		csv.figure(section, "All sessions", "sessions held", safety.sessions(), safety.clients(), safety.privacy());
		csv.figure(section, "All sessions", "check-ins answered", safety.checkIns(), safety.clients(), safety.privacy());
		csv.figure(section, "All sessions", "adverse check-ins", safety.adverse(), safety.clients(), safety.privacy());
		csv.figure(section, "All sessions", "adverse check-ins per 100 sessions", safety.adversePer100Sessions(), safety.clients(),
				safety.privacy());
		csv.figure(section, "All sessions", "no-shows", safety.noShows(), safety.clients(), safety.privacy());
		csv.figure(section, "All sessions", "no-show rate (percent of sessions due)", safety.noShowPercent(), safety.clients(),
				safety.privacy());
		return csv.text();
	}

	/** The lines written so far, each starting with the period. */
	private static final class Lines {

		private final List<String> lines = new ArrayList<>();

		private final ReportPeriod period;

		Lines(ReportPeriod period) {
			this.period = period;
			lines.add("from,to,section,group,figure,value,clients,note");
		}

		void group(String section, Group group) {
			figure(section, group.label(), "clients who started a plan", group.clients(), group.clients(), group.counts());
			figure(section, group.label(), "completed the plan", group.completed(), group.clients(), group.counts());
			figure(section, group.label(), "measured (first and later score)", group.measured(), group.measured(), group.outcome());
			figure(section, group.label(), "responders", group.responders(), group.measured(), group.outcome());
			figure(section, group.label(), "responders (percent of measured)", group.responderPercent(), group.measured(), group.outcome());
		}

		void figure(String section, String group, String figure, Number value, int clients, Privacy privacy) {
			boolean hidden = privacy.hidden();
			lines.add(String.join(",", cell(period.from().toString()), cell(period.to().toString()), cell(section), cell(group),
					cell(figure), hidden ? HIDDEN : value == null ? "" : value.toString(), hidden ? HIDDEN : String.valueOf(clients),
					cell(privacy.words())));
		}

		String text() {
			return String.join("\r\n", lines) + "\r\n";
		}
	}

	static String cell(String text) {
		String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}
}
