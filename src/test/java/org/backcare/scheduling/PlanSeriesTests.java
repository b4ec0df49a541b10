package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanSeriesTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void weeklyForTenWeeksIsTenSessionsOnTheSameWeekdayAndLocalTimeAcrossTheClockChange() {
		// 2026-10-20 is a Tuesday; clocks go back on 1 November
		ZonedDateTime first = ZonedDateTime.of(LocalDate.of(2026, 10, 20), LocalTime.of(10, 0), NEW_YORK);

		List<ZonedDateTime> dates = PlanSeries.dates(first, 1, 10, null);

		assertThat(dates).hasSize(10);
		assertThat(dates).allSatisfy(date -> {
			assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
			assertThat(date.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		});
		assertThat(dates.get(0).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
		assertThat(dates.get(9).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
		assertThat(dates.get(9).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 22));
	}

	@Test
	void twiceAWeekSpreadsTheSessionsOverTheWeek() {
		ZonedDateTime monday = ZonedDateTime.of(LocalDate.of(2026, 11, 30), LocalTime.of(9, 0), NEW_YORK);

		List<ZonedDateTime> dates = PlanSeries.dates(monday, 2, 4, null);

		assertThat(dates).hasSize(8);
		assertThat(dates.subList(0, 4)).extracting(ZonedDateTime::getDayOfWeek)
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	}

	@Test
	void noSessionIsPlannedAfterThePlansEndDate() {
		ZonedDateTime first = ZonedDateTime.of(LocalDate.of(2026, 12, 1), LocalTime.of(11, 0), NEW_YORK);

		List<ZonedDateTime> dates = PlanSeries.dates(first, 1, 10, LocalDate.of(2026, 12, 29));

		assertThat(dates).hasSize(5);
		assertThat(dates.get(4).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 29));
	}
}
