package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class ScheduleTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final Schedule nineAm = new Schedule(3, LocalTime.of(9, 0), true, Instant.EPOCH, null);

	@Test
	void aRunIsDueFromTheSendTimeInThePracticesZone() {
		// 14:59 UTC is 08:59 in Chicago in winter
		assertThat(nineAm.dueDay(Instant.parse("2026-12-01T14:59:00Z"), CHICAGO)).isNull();
		assertThat(nineAm.dueDay(Instant.parse("2026-12-01T15:00:00Z"), CHICAGO)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theRunOfLateEveningBelongsToThePracticesDayNotUtcs() {
		// 03:30 UTC on 2 December is 21:30 on 1 December in Chicago
		assertThat(nineAm.dueDay(Instant.parse("2026-12-02T03:30:00Z"), CHICAGO)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aSwitchedOffScheduleIsNeverDue() {
		var off = new Schedule(3, LocalTime.of(9, 0), false, Instant.EPOCH, null);
		assertThat(off.dueDay(Instant.parse("2026-12-01T20:00:00Z"), CHICAGO)).isNull();
		assertThat(off.nextSend(Instant.parse("2026-12-01T20:00:00Z"), CHICAGO, false)).isNull();
	}

	@Test
	void theNextSendIsTodayBeforeTheTimeAndTomorrowOnceTodaysRunStarted() {
		Instant morning = Instant.parse("2026-12-01T12:00:00Z");
		assertThat(nineAm.nextSend(morning, CHICAGO, false))
			.isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CHICAGO));
		Instant afternoon = Instant.parse("2026-12-01T20:00:00Z");
		assertThat(nineAm.nextSend(afternoon, CHICAGO, true))
			.isEqualTo(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, CHICAGO));
		assertThat(nineAm.nextSend(afternoon, CHICAGO, false)).as("due now, starts within a minute")
			.isEqualTo(afternoon.atZone(CHICAGO));
	}
}
