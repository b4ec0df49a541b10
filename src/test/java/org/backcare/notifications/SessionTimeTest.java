package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SessionTimeTest {

	@Test
	void namesTheLocationsZoneAndTheAbbreviationInForceThatDay() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		Instant start = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(chicago).toInstant();

		assertThat(SessionTime.of(chicago, start, start.plus(Duration.ofHours(1))))
			.isEqualTo("Tuesday 1 December 2026, 10:00–11:00 (America/Chicago, CST)");
		assertThat(SessionTime.start(chicago, start)).isEqualTo("Tuesday 1 December 2026, 10:00 CST");
	}

	@Test
	void isTheSameClockTimeOnTheDaysTheClocksChange() {
		ZoneId sydney = ZoneId.of("Australia/Sydney");
		Instant fallBack = LocalDateTime.of(2026, 4, 5, 10, 0).atZone(sydney).toInstant();
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Instant springForward = LocalDateTime.of(2026, 3, 29, 10, 0).atZone(berlin).toInstant();

		assertThat(SessionTime.of(sydney, fallBack, fallBack.plus(Duration.ofMinutes(90))))
			.isEqualTo("Sunday 5 April 2026, 10:00–11:30 (Australia/Sydney, AEST)");
		assertThat(SessionTime.of(berlin, springForward, springForward.plus(Duration.ofHours(1))))
			.isEqualTo("Sunday 29 March 2026, 10:00–11:00 (Europe/Berlin, CEST)");
	}

	@Test
	void saysWhichTimeEachEndIsInWhenTheClocksChangeDuringTheSession() {
		ZoneId newYork = ZoneId.of("America/New_York");
		Instant start = Instant.parse("2026-11-01T05:30:00Z"); // 01:30 EDT, the first of the two

		assertThat(SessionTime.of(newYork, start, start.plus(Duration.ofHours(1))))
			.isEqualTo("Sunday 1 November 2026, 01:30 EDT–01:30 EST (America/New_York)");
	}
}
