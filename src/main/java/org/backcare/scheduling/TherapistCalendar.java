package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A therapist's sessions over some days, each under the day it starts on its location's clock. */
record TherapistCalendar(long therapistId, String therapistName, CalendarPeriod period, LocalDate today,
		Map<LocalDate, List<CalendarSession>> byDay) {

	TherapistCalendar {
		byDay = Map.copyOf(byDay);
	}

	List<CalendarSession> on(LocalDate day) {
		return byDay.getOrDefault(day, List.of());
	}

	int size() {
		return byDay.values().stream().mapToInt(List::size).sum();
	}
}
