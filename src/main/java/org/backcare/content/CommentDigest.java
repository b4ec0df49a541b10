package org.backcare.content;

import java.time.Clock;
import java.time.LocalDate;

import org.backcare.platform.PracticeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (08:00 in the practice's zone unless configured), tells the admins which comments wait for them.
 * Each day is claimed by its primary key, so any number of app nodes may run the job and the admins still get one
 * digest a day.
 */
@Component
class CommentDigest {

	static final int LISTED = 20;

	private static final int EXCERPT = 160;

	private final Comments comments;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PracticeSettings practice;

	private final Clock clock;

	CommentDigest(Comments comments, JdbcClient jdbc, ApplicationEventPublisher events, PracticeSettings practice,
			Clock clock) {
		this.comments = comments;
		this.jdbc = jdbc;
		this.events = events;
		this.practice = practice;
		this.clock = clock;
	}

	@Scheduled(cron = "${backcare.content.comment-digest-cron:0 0 8 * * *}", zone = "${backcare.practice.time-zone:UTC}")
	void daily() {
		send(LocalDate.now(clock.withZone(practice.timeZone())));
	}

	/** @return whether this call sent the day's digest (false: nothing waits, or another node sent it) */
	@Transactional
	boolean send(LocalDate day) {
		int pending = comments.countWithStatus(CommentStatus.PENDING);
		boolean claimed = jdbc.sql("insert into content_comment_digests (day, pending) values (:day, :pending) on conflict do nothing")
			.param("day", day)
			.param("pending", pending)
			.update() == 1;
		if (!claimed || pending == 0) {
			return false;
		}
		var oldest = comments.withStatus(CommentStatus.PENDING, LISTED)
			.stream()
			.map(listed -> new CommentsAwaitModeration.Waiting(listed.article().title(), listed.comment().authorName(),
					excerpt(listed.comment().body()), listed.comment().createdAt()))
			.toList();
		events.publishEvent(new CommentsAwaitModeration(pending, oldest, AdminCommentsController.PATH));
		return true;
	}

	private static String excerpt(String body) {
		String oneLine = body.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1).strip() + "…";
	}
}
