package org.backcare.reports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.backcare.TestData;
import org.backcare.TestSessions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practice's history for outcome tests, inserted directly: clients with a submitted consultation and an approved
 * plan, sessions with their pre-session pain, PSFS scores, check-ins and no-shows. Days are in UTC (the tests'
 * practice zone); each session gets its own hour so no two overlap in the one room.
 */
final class TestOutcomes {

	record Client(long id, long therapist) {
	}

	private final JdbcClient jdbc;

	private final TestSessions sessions;

	private final TestSessions.Place place;

	private final long service;

	private int slot;

	TestOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sessions = new TestSessions(jdbc);
		this.place = sessions.place(java.time.ZoneId.of("Atlantic/Reykjavik"));
		this.service = sessions.service("Outcomes " + UUID.randomUUID(), 60);
	}

	long therapist(String name) {
		return sessions.therapist(name);
	}

	/** A client whose plan (main technique, sessions a week, weeks) was approved by the therapist on that day. */
	Client client(long therapist, String technique, int perWeek, int weeks, LocalDate painOnset, LocalDate approved) {
		long client = sessions.client("Client", TestData.email("outcome"));
		Timestamp submitted = Timestamp.from(approved.atTime(9, 0).toInstant(ZoneOffset.UTC));
		long consultation = jdbc.sql("""
				insert into consultations (client_id, status, answers, submitted_at, created_at)
				values (?, 'SUBMITTED', jsonb_build_object('painOnset', jsonb_build_array(?::text)), ?, ?) returning id""")
			.params(client, painOnset.toString(), submitted, submitted)
			.query(Long.class)
			.single();
		long plan = jdbc.sql("""
				insert into care_plans (client_id, consultation_id, status, pressure_cap, therapist_id, approved_by, approved_at)
				values (?, ?, 'APPROVED', 3, ?, ?, ?) returning id""")
			.params(client, consultation, therapist, therapist, Timestamp.from(approved.atTime(10, 0).toInstant(ZoneOffset.UTC)))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into care_plan_versions (plan_id, version, plan)
				values (?, 1, jsonb_build_object('techniques', jsonb_build_array(jsonb_build_object('technique', ?::text)),
				                                 'sessionsPerWeek', ?::int, 'weeks', ?::int))""")
			.params(plan, technique, perWeek, weeks)
			.update();
		return new Client(client, therapist);
	}

	/** A session held that day, with the pain the client reported before it (or none recorded). */
	long session(Client client, LocalDate day, Integer painBefore) {
		long booking = book(client, day);
		jdbc.sql("insert into session_records (booking_id, client_id, therapist_id, pain_before) values (?, ?, ?, ?)")
			.params(booking, client.id(), client.therapist(), painBefore)
			.update();
		return booking;
	}

	void noShow(Client client, LocalDate day) {
		long booking = book(client, day);
		jdbc.sql("update bookings set status = 'NO_SHOW', no_show_marked_at = ends_at where id = ?").param(booking).update();
	}

	void psfs(Client client, LocalDate day, Integer... ratings) {
		jdbc.sql("insert into psfs_scores (client_id, measured_at, activities, ratings) values (?, ?, ?, ?)")
			.params(client.id(), Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)),
					java.util.Collections.nCopies(ratings.length, "Sitting").toArray(String[]::new), ratings)
			.update();
	}

	/** The check-in after a session, answered: soreness for so many hours, and what else the client noticed. */
	void checkIn(long booking, Client client, int soreness, int hours, boolean bruising, boolean numbness) {
		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at, answered_at, soreness,
				    soreness_hours, bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
				select b.id, ?, ?, b.ends_at, b.ends_at + interval '7 days', b.ends_at + interval '1 day', ?, ?, ?,
				    false, false, false, ?, false, 3
				from bookings b where b.id = ?""")
			.params(client.id(), UUID.randomUUID().toString(), soreness, hours, bruising, numbness, booking)
			.update();
	}

	/** A check-in sent and never answered. */
	void unansweredCheckIn(long booking, Client client) {
		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at)
				select b.id, ?, ?, b.ends_at, b.ends_at + interval '7 days' from bookings b where b.id = ?""")
			.params(client.id(), UUID.randomUUID().toString(), booking)
			.update();
	}

	private long book(Client client, LocalDate day) {
		Instant start = day.atTime(8, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofHours(slot++ % 14));
		return sessions.book(client.id(), client.therapist(), place, service, start, Duration.ofMinutes(60));
	}
}
