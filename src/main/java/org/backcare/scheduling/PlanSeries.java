package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a care plan's sessions fall on: from the first one the client picked, the plan's number of sessions
 * a week for its number of weeks, at the same local time (a weekly 10:00 stays 10:00 across a clock change),
 * and never after the plan's end date (the due date in pregnancy). Pure: no clock, no database.
 */
final class PlanSeries {

	private PlanSeries() {
	}

	static List<ZonedDateTime> dates(ZonedDateTime first, int sessionsPerWeek, int weeks, LocalDate endBy) {
		int perWeek = Math.max(1, Math.min(sessionsPerWeek, 7));
		List<ZonedDateTime> dates = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			for (int session = 0; session < perWeek; session++) {
				// spread evenly: twice a week is days 0 and 4 (Monday and Friday), three times days 0, 2 and 5
				long offset = week * 7L + Math.round(session * 7.0 / perWeek);
				ZonedDateTime date = first.plusDays(offset);
				if (endBy != null && date.toLocalDate().isAfter(endBy)) {
					return dates;
				}
				dates.add(date);
			}
		}
		return dates;
	}
}
