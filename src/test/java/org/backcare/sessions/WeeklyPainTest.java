package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeeklyPainTest {

	@Test
	void averagesThePainOfEachCalendarWeek() {
		var weeks = WeeklyPain.of(List.of(score("2027-03-01T10:00:00Z", 6), score("2027-03-03T10:00:00Z", 5),
				score("2027-03-08T10:00:00Z", 3)), ZoneOffset.UTC);
		assertThat(weeks).containsExactly(new WeeklyPain.Week(LocalDate.parse("2027-03-01"), Instant.parse("2027-03-02T10:00:00Z"), 5.5, 2),
				new WeeklyPain.Week(LocalDate.parse("2027-03-08"), Instant.parse("2027-03-08T10:00:00Z"), 3.0, 1));
	}

	@Test
	void weeksBeginOnMondayWhereTheClientIsTreated() {
		// Sunday 23:30 in Chicago is already Monday in UTC.
		var weeks = WeeklyPain.of(List.of(score("2027-03-01T10:00:00Z", 6), score("2027-03-08T05:30:00Z", 2)),
				ZoneId.of("America/Chicago"));
		assertThat(weeks).extracting(WeeklyPain.Week::monday, WeeklyPain.Week::average)
			.containsExactly(tuple(LocalDate.parse("2027-03-01"), 4.0));
	}

	private static ProgressSeries.PainScore score(String at, int value) {
		return new ProgressSeries.PainScore(Instant.parse(at), value, 1, ProgressSeries.Source.SESSION);
	}
}
