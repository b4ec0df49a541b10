package org.backcare.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The NPRS averaged per calendar week (Monday to Sunday where the client is treated), as O2 asks for. */
final class WeeklyPain {

	/**
	 * @param at the middle of the week's measurements, where a chart plots the average
	 * @param measurements how many scores the average is of
	 */
	record Week(LocalDate monday, Instant at, double average, int measurements) {
	}

	private WeeklyPain() {
	}

	static List<Week> of(List<ProgressSeries.PainScore> pain, ZoneId zone) {
		Map<LocalDate, List<ProgressSeries.PainScore>> byWeek = pain.stream()
			.collect(Collectors.groupingBy(score -> score.at().atZone(zone).toLocalDate()
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TreeMap::new, Collectors.toList()));
		return byWeek.entrySet()
			.stream()
			.map(week -> new Week(week.getKey(),
					Instant.ofEpochSecond(Math.round(week.getValue().stream().mapToLong(score -> score.at().getEpochSecond()).average().orElseThrow())),
					week.getValue().stream().mapToInt(ProgressSeries.PainScore::value).average().orElseThrow(),
					week.getValue().size()))
			.toList();
	}
}
