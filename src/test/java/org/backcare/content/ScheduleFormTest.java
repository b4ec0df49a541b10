package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.backcare.platform.FormErrors;
import org.junit.jupiter.api.Test;

class ScheduleFormTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	@Test
	void theTimeIsReadInThePracticeZone() {
		var errors = FormErrors.none();
		assertThat(new ScheduleForm("2026-12-01", "09:00").at(CHICAGO, NOW, errors))
			.isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
		assertThat(new ScheduleForm("2027-07-01", "09:00").at(CHICAGO, NOW, errors))
			.as("daylight saving time").isEqualTo(Instant.parse("2027-07-01T14:00:00Z"));
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void aTimePassedOrUnreadableIsRefused() {
		var passed = FormErrors.none();
		assertThat(new ScheduleForm("2026-11-26", "06:00").at(CHICAGO, NOW, passed)).isNull();
		assertThat(passed.get("date")).isEqualTo("Choose a time ahead, or publish now");
		var unreadable = FormErrors.none();
		assertThat(new ScheduleForm("next week", "9").at(CHICAGO, NOW, unreadable)).isNull();
		assertThat(unreadable.get("date")).startsWith("Enter a date and a time");
	}
}
