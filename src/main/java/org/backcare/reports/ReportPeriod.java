package org.backcare.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a report covers, both included, as the practice's calendar counts them. */
record ReportPeriod(LocalDate from, LocalDate to) {

	/** The longest period one report covers: longer ones mix practices that have changed too much to compare. */
	static final int MOST_YEARS = 3;

	ReportPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its first day");
		}
	}

	/** The last 12 months up to and including today. */
	static ReportPeriod lastYear(LocalDate today) {
		return new ReportPeriod(today.minusYears(1).plusDays(1), today);
	}

	Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first moment after the period. */
	Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}
}
