package org.backcare.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.backcare.platform.PracticeSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the day's send run once the schedule's time has passed in the practice's time zone. Every node checks
 * every minute; the run's unique day makes the first one to get there the only one.
 */
@Component
class DailyRun {

	static final String STARTED_BY = "Schedule";

	private final SendSchedule schedule;

	private final SendRuns runs;

	private final PracticeSettings practice;

	private final Clock clock;

	DailyRun(SendSchedule schedule, SendRuns runs, PracticeSettings practice, Clock clock) {
		this.schedule = schedule;
		this.runs = runs;
		this.practice = practice;
		this.clock = clock;
	}

	@Scheduled(cron = "${backcare.newsletter.run-check:0 * * * * *}")
	void startWhenDue() {
		startIfDue(clock.instant());
	}

	/** @return the run started now, or empty when none is due or the day's run exists already */
	Optional<Long> startIfDue(Instant now) {
		LocalDate day = schedule.current().dueDay(now, practice.timeZone());
		if (day == null || runs.startedFor(day)) {
			return Optional.empty();
		}
		return runs.start(STARTED_BY, day);
	}
}
