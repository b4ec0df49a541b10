package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.backcare.TestConsultations;
import org.backcare.TestSessions;
import org.backcare.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client with something in every module: a consultation and its approved plan (with the home programme it
 * assigned), a ticked day, a past session with a signed note, an addendum, a PSFS score and an answered check-in,
 * a session to come, a waitlist entry and a calendar address. The registration emails are in the outbox.
 */
record ClientRecords(long id, String email, String name, String note, long plan, long consultation, long pastBooking,
		long futureBooking, long waitlistEntry) {

	static ClientRecords of(JdbcClient jdbc, WebSession client, String name, String email, WebSession therapist,
			String therapistEmail) {
		TestConsultations.submitChronicDeskWorker(client, name);
		long id = jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();
		long plan = jdbc.sql("select id from care_plans where client_id = ?").param(id).query(Long.class).single();
		long consultation = jdbc.sql("select consultation_id from care_plans where id = ?").param(plan).query(Long.class).single();
		therapist.get("/therapist/plans/" + plan);
		assertThat(therapist.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
		long therapistId = jdbc.sql("select id from accounts where email = ?").param(therapistEmail).query(Long.class).single();
		jdbc.sql("insert into therapists (account_id) values (?) on conflict do nothing").param(therapistId).update();

		var sessions = new TestSessions(jdbc);
		var place = sessions.place(ZoneId.of("America/Chicago"));
		long service = sessions.service("Deep tissue for " + name, 60);
		// an hour of its own per client, so clients of one therapist never overlap
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).minus(id % 100, ChronoUnit.HOURS);
		long past = sessions.book(id, therapistId, place, service, lastWeek, Duration.ofHours(1));
		long future = sessions.book(id, therapistId, place, service, lastWeek.plus(14, ChronoUnit.DAYS), Duration.ofHours(1));
		String note = "Tight left paraspinals, noted for " + name;
		jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after, pressure, subjective,
				    signed_at, signed_by)
				values (?, ?, ?, 6, 4, 3, ?, now(), ?)""")
			.params(past, id, therapistId, note, therapistId)
			.update();
		jdbc.sql("insert into session_addenda (booking_id, author_id, text) values (?, ?, ?)")
			.params(past, therapistId, "Addendum for " + name)
			.update();
		jdbc.sql("insert into psfs_scores (client_id, booking_id, activities, ratings) values (?, ?, array['Sitting'], array[5])")
			.params(id, past)
			.update();
		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, expires_at, answered_at, soreness, soreness_hours,
				    bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
				values (?, ?, ?, now() + interval '7 days', now(), 3, 24, false, false, false, false, false, false, 4)""")
			.params(past, id, "checkin-" + email)
			.update();
		jdbc.sql("insert into homecare_ticks (client_id, item_slug, day, ticked_at) values (?, 'stay-active', current_date, now())")
			.param(id)
			.update();
		long waitlist = jdbc.sql("""
				insert into waitlist_entries (client_id, service_id, from_day, to_day)
				values (?, ?, current_date + 1, current_date + 10) returning id""")
			.params(id, service)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into calendar_feeds (account_id, audience, token_hash)
				values (?, 'CLIENT', encode(sha256(convert_to(?, 'UTF8')), 'hex'))""")
			.params(id, "feed-" + email)
			.update();
		jdbc.sql("insert into outbox_messages (to_address, subject, text_body, next_attempt_at) values (?, 'Your reminder', 'See you', ?)")
			.params(email, Timestamp.from(Instant.now().plus(3, ChronoUnit.DAYS)))
			.update();
		return new ClientRecords(id, email, name, note, plan, consultation, past, future, waitlist);
	}
}
