package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.Together;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The practice zone is UTC in the tests; days far ahead keep these runs apart from today's. */
@BackCareTest
class DailyRunIntegrationTests {

	@Autowired
	DailyRun daily;

	@Autowired
	SendSchedule schedule;

	@Autowired
	JdbcClient jdbc;

	private Schedule before;

	@BeforeEach
	void nineInTheMorning() {
		before = schedule.current();
		schedule.change(3, LocalTime.of(9, 0), true, "test");
	}

	@AfterEach
	void restore() {
		schedule.change(before.everyDays(), before.sendAt(), before.enabled(), before.updatedBy());
	}

	@Test
	void startsOneRunForTheDayEvenWhenNodesRaceToStartIt() throws Exception {
		String email = TestSubscribers.confirmed(jdbc, "daily");
		Instant tenAm = Instant.parse("2031-03-04T10:00:00Z");

		List<Optional<Long>> started = Together.run(List.<Callable<Optional<Long>>>of(() -> daily.startIfDue(tenAm),
				() -> daily.startIfDue(tenAm), () -> daily.startIfDue(tenAm), () -> daily.startIfDue(tenAm)));

		assertThat(started.stream().filter(Optional::isPresent)).hasSize(1);
		long run = started.stream().flatMap(Optional::stream).findFirst().orElseThrow();
		assertThat(jdbc.sql("select count(*) from newsletter_runs where planned_for = '2031-03-04'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select started_by from newsletter_runs where id = ?").param(run).query(String.class).single())
			.isEqualTo("Schedule");
		assertThat(daily.startIfDue(tenAm.plus(Duration.ofHours(5)))).as("later the same day").isEmpty();
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
		assertThat(TestSubscribers.statuses(jdbc, run, List.of(email))).containsEntry("SENT", 1);
	}

	@Test
	void startsNothingBeforeTheSendTimeOrWhenSwitchedOff() {
		assertThat(daily.startIfDue(Instant.parse("2031-03-05T08:59:00Z"))).isEmpty();
		schedule.change(3, LocalTime.of(9, 0), false, "test");
		assertThat(daily.startIfDue(Instant.parse("2031-03-05T10:00:00Z"))).isEmpty();
		assertThat(jdbc.sql("select count(*) from newsletter_runs where planned_for = '2031-03-05'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSubscriberWhoHadADigestRecentlyIsNotInTheNextRun() {
		String recent = TestSubscribers.confirmed(jdbc, "recent");
		String due = TestSubscribers.confirmed(jdbc, "due");
		jdbc.sql("update newsletter_subscribers set last_digest_at = now() - interval '2 days' where email = ?")
			.param(recent)
			.update();
		jdbc.sql("update newsletter_subscribers set last_digest_at = now() - interval '71 hours' where email = ?")
			.param(due)
			.update();

		long run = daily.startIfDue(Instant.parse("2031-03-06T10:00:00Z")).orElseThrow();

		assertThat(TestSubscribers.statuses(jdbc, run, List.of(recent))).isEmpty();
		assertThat(TestSubscribers.statuses(jdbc, run, List.of(due))).isNotEmpty();
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
	}
}
