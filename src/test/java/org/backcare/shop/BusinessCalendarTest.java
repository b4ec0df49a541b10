package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final BusinessCalendar calendar = new BusinessCalendar(CHICAGO, LocalTime.of(14, 0), 2,
			Set.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

	private LocalDate shipBy(String localDateTime) {
		return calendar.shipBy(LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant());
	}

	@Test
	void anOrderBeforeTheCutOffCountsToday() {
		// Monday 16 November 2026, 09:00 → Wednesday
		assertThat(shipBy("2026-11-16T09:00")).isEqualTo(LocalDate.of(2026, 11, 18));
	}

	@Test
	void anOrderAfterTheCutOffCountsFromTheNextBusinessDay() {
		assertThat(shipBy("2026-11-16T14:00")).isEqualTo(LocalDate.of(2026, 11, 19));
	}

	@Test
	void aFridayOrderAfterTheCutOffShipsByWednesday() {
		assertThat(shipBy("2026-11-20T16:30")).isEqualTo(LocalDate.of(2026, 11, 25));
	}
}
