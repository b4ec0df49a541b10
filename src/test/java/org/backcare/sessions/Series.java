package org.backcare.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Measurements for the outcome rules' tests, hours after a fixed start: {@code aSeries().session(0, 6).checkIn(30, 8)}. */
final class Series {

	static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	private Integer intakePain;

	private final List<ProgressSeries.PainScore> pain = new ArrayList<>();

	private final List<ProgressSeries.PsfsScore> psfs = new ArrayList<>();

	private final List<ProgressSeries.Report> reportedWorse = new ArrayList<>();

	private int sessions;

	private ProgressSeries.LastReview lastReview;

	private long booking = 1;

	static Series aSeries() {
		return new Series();
	}

	static Instant hour(double hours) {
		return START.plus(Duration.ofMinutes(Math.round(hours * 60)));
	}

	Series intakePain(int value) {
		intakePain = value;
		return this;
	}

	/** A session held at that hour with its pre-session NPRS. */
	Series session(double hours, int painBefore) {
		sessions++;
		pain.add(new ProgressSeries.PainScore(hour(hours), painBefore, booking++, ProgressSeries.Source.SESSION));
		return this;
	}

	/** That many sessions, a week apart from hour 0, each with the same pain before. */
	Series sessions(int count, int painBefore) {
		for (int i = 0; i < count; i++) {
			session(i * 168, painBefore);
		}
		return this;
	}

	Series checkIn(double hours, int painToday) {
		pain.add(new ProgressSeries.PainScore(hour(hours), painToday, booking, ProgressSeries.Source.CHECK_IN));
		return this;
	}

	Series psfs(double hours, Integer... ratings) {
		psfs.add(new ProgressSeries.PsfsScore(hour(hours), Arrays.asList(ratings),
				Arrays.stream(ratings).map(rating -> "activity").toList()));
		return this;
	}

	Series neurological(double hours) {
		reportedWorse.add(new ProgressSeries.Report(hour(hours), "new numbness or tingling"));
		return this;
	}

	Series reviewed(double hours, int atSessions) {
		lastReview = new ProgressSeries.LastReview(hour(hours), atSessions);
		return this;
	}

	ProgressSeries build() {
		return new ProgressSeries(intakePain, pain, psfs, sessions, reportedWorse, lastReview);
	}
}
