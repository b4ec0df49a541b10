package org.backcare.sessions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.backcare.identity.People;
import org.backcare.identity.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo clients' past sessions left behind, so progress, charts and the outcome report show something
 * real on first run. Sam improves (a responder: pain 6 to 3, PSFS up by more than 2); Priya's pain does not move
 * over five sessions, so her plan is flagged for review (O4). Sam's latest note is left unsigned, and one of his
 * check-ins reports soreness that lasted 40 hours (O6). Only with {@code demo}, and only once.
 */
@Component
@Profile("demo")
class DemoSessions {

	private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

	/**
	 * One client's course: pain before each past session (after it, two points less; at the check-in the next day,
	 * what it was before the session that followed) and PSFS ratings at the first and fifth.
	 */
	private record Course(String client, String technique, int pressure, String position, List<String> areas,
			int[] painBefore, List<String> activities, int[] psfsFirst, int[] psfsFifth) {

		int painAfter(int session) {
			return Math.max(0, painBefore[session] - 2);
		}

		int painToday(int session) {
			return painBefore[Math.min(session + 1, painBefore.length - 1)];
		}
	}

	private static final String SAM = "client1@demo.backcare.test";

	private static final List<String> LOWER_BACK = List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "BUTTOCK_LEFT", "BUTTOCK_RIGHT");

	private static final List<String> DESK = List.of("Sitting at my desk all morning");

	private static final List<Course> COURSES = List.of(
			new Course(SAM, "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 6, 6, 5, 4, 4, 3 },
					List.of("Sitting through a two-hour meeting", "Lifting my daughter", "Driving for an hour"),
					new int[] { 4, 3, 5 }, new int[] { 7, 6, 7 }),
			new Course("client2@demo.backcare.test", "PRENATAL", 2, "SIDE_LYING_LEFT",
					List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "HIP_LEFT", "HIP_RIGHT"), new int[] { 5, 5, 6, 5, 5 },
					List.of("Walking to the train", "Sleeping through the night", "Standing to cook dinner"),
					new int[] { 5, 4, 5 }, new int[] { 5, 5, 5 }),
			new Course("past1@demo.backcare.test", "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 7, 7, 6, 5, 5, 4, 4, 3, 3, 2 },
					DESK, new int[] { 3 }, new int[] { 6 }),
			new Course("past2@demo.backcare.test", "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 6, 6, 5, 5, 4, 4, 3, 3, 3, 3 },
					DESK, new int[] { 4 }, new int[] { 6 }),
			new Course("past3@demo.backcare.test", "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 5, 5, 5, 5, 4, 5, 5, 5, 5, 5 },
					DESK, new int[] { 5 }, new int[] { 5 }),
			new Course("past4@demo.backcare.test", "SWEDISH", 2, "SIDE_LYING_LEFT", LOWER_BACK,
					new int[] { 8, 7, 7, 6, 5, 5, 4, 4, 3, 3 }, DESK, new int[] { 2 }, new int[] { 5 }),
			new Course("past5@demo.backcare.test", "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 4, 4, 3, 3, 2, 2, 2, 1, 1, 1 },
					DESK, new int[] { 5 }, new int[] { 8 }),
			new Course("past6@demo.backcare.test", "SWEDISH", 3, "PRONE", LOWER_BACK, new int[] { 6, 6, 6, 7, 6, 6, 6, 6, 6, 6 },
					DESK, new int[] { 4 }, new int[] { 4 }));

	private record Past(long bookingId, long clientId, long therapistId, Instant endsAt) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	private final Progress progress;

	DemoSessions(JdbcClient jdbc, People people, Clock clock, Progress progress) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.progress = progress;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(60)
	@Transactional
	void recordDemoSessions() {
		if (jdbc.sql("select exists (select 1 from session_records)").query(Boolean.class).single()) {
			return;
		}
		int recorded = 0;
		for (Course course : COURSES) {
			recorded += record(course);
		}
		if (recorded > 0) {
			log.info("Demo data: recorded {} past sessions with notes, check-ins and PSFS", recorded);
		}
	}

	private int record(Course course) {
		var client = people.withEmail(course.client());
		if (client.isEmpty()) {
			return 0;
		}
		List<Past> past = jdbc.sql("""
				select id, client_id, therapist_id, ends_at from bookings
				where client_id = :client and status = 'BOOKED' and ends_at < :now order by starts_at""")
			.param("client", client.get().id().value())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Past(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()))
			.list();
		int sessions = Math.min(past.size(), course.painBefore().length);
		if (sessions == 0) {
			return 0;
		}
		approvedBefore(past.get(0));
		for (int i = 0; i < sessions; i++) {
			Past session = past.get(i);
			boolean latest = i == sessions - 1;
			note(course, session, i, !latest || !course.client().equals(SAM));
			if (i == 0) {
				psfs(course, session, course.psfsFirst());
			}
			if (i == 4) {
				psfs(course, session, course.psfsFifth());
			}
			if (!latest || session.endsAt().plus(Duration.ofHours(24)).isBefore(clock.instant())) {
				boolean sore = course.client().equals(SAM) && i == 2;
				checkIn(session, sore ? 5 : 2, sore ? 40 : 12, course.painToday(i));
			}
		}
		progress.reassess(client.get().id().value(), clock.instant());
		return sessions;
	}

	/**
	 * The demo's consultations and approvals happen at start-up, after the sessions they led to; move them to
	 * before the first session, as they would have been.
	 */
	private void approvedBefore(Past first) {
		Timestamp before = Timestamp.from(first.endsAt().minus(Duration.ofDays(3)));
		jdbc.sql("update consultations set submitted_at = :before where client_id = :client and submitted_at > :before")
			.param("before", before)
			.param("client", first.clientId())
			.update();
		jdbc.sql("update care_plans set approved_at = :before, created_at = :before where client_id = :client and status = 'APPROVED'")
			.param("before", before)
			.param("client", first.clientId())
			.update();
	}

	private void note(Course course, Past session, int index, boolean signed) {
		jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after, rescreened_at,
				    techniques, pressure, positions, areas, feedback, subjective, objective, assessment, plan,
				    created_at, updated_at, signed_at, signed_by)
				values (:booking, :client, :therapist, :before, :after, :start, array[:technique], :pressure, array[:position],
				    :areas, cast(:feedback as jsonb), :subjective, :objective, :assessment, :plan, :end, :end,
				    :signedAt, :signedBy)""")
			.param("booking", session.bookingId())
			.param("client", session.clientId())
			.param("therapist", session.therapistId())
			.param("before", course.painBefore()[index])
			.param("after", course.painAfter(index))
			.param("start", Timestamp.from(session.endsAt().minus(Duration.ofHours(1))))
			.param("technique", course.technique())
			.param("pressure", course.pressure())
			.param("position", course.position())
			.param("areas", course.areas().toArray(String[]::new))
			.param("feedback", "[{\"technique\":\"" + course.technique()
					+ "\",\"pressure\":\"COMFORTABLE\",\"painDuring\":false,\"radiating\":false}]")
			.param("subjective", "Back pain " + course.painBefore()[index] + "/10 this week; no new symptoms on the re-screen.")
			.param("objective", "Tight paraspinals and gluteals on both sides, left a little more than right.")
			.param("assessment", index < 3 ? "Settling into the plan; tolerated the pressure well."
					: "Steady; responding as the plan expects.")
			.param("plan", "Same focus next week; keep up the walking and the home stretches.")
			.param("end", Timestamp.from(session.endsAt()))
			.param("signedAt", signed ? Timestamp.from(session.endsAt().plus(Duration.ofHours(2))) : null)
			.param("signedBy", signed ? session.therapistId() : null)
			.update();
	}

	private void psfs(Course course, Past session, int[] ratings) {
		jdbc.sql("""
				insert into psfs_scores (client_id, booking_id, measured_at, activities, ratings)
				values (:client, :booking, :at, :activities, :ratings)""")
			.param("client", session.clientId())
			.param("booking", session.bookingId())
			.param("at", Timestamp.from(session.endsAt()))
			.param("activities", course.activities().toArray(String[]::new))
			.param("ratings", Arrays.stream(ratings).boxed().toArray(Integer[]::new))
			.update();
	}

	private void checkIn(Past session, int soreness, int hours, int painToday) {
		Instant invited = session.endsAt().plus(Duration.ofHours(24));
		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at, answered_at, soreness,
				    soreness_hours, bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
				values (:booking, :client, :hash, :invited, :expires, :answered, :soreness, :hours, false, false, false,
				    false, false, false, :pain)""")
			.param("booking", session.bookingId())
			.param("client", session.clientId())
			.param("hash", Secrets.hash(Secrets.newToken()))
			.param("invited", Timestamp.from(invited))
			.param("expires", Timestamp.from(invited.plus(Duration.ofDays(7))))
			.param("answered", Timestamp.from(invited.plus(Duration.ofHours(3))))
			.param("soreness", soreness)
			.param("hours", hours)
			.param("pain", painToday)
			.update();
	}
}
