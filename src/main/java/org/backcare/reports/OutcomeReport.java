package org.backcare.reports;

import java.time.ZoneId;
import java.util.List;

/**
 * The practice's outcomes for a period: the clients whose plan started in it (total and four breakdowns) and
 * what happened at every session held in it (adverse check-ins, no-shows).
 *
 * @param zone the practice's time zone, which the period's days are counted in
 */
record OutcomeReport(ReportPeriod period, ZoneId zone, OutcomeThresholds rules, Group total, List<Breakdown> breakdowns,
		SafetyFigures safety) {

	OutcomeReport {
		breakdowns = List.copyOf(breakdowns);
	}
}
