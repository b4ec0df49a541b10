package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.TestSessions;
import org.backcare.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clients with an approved plan and recorded sessions, for the progress tests: accounts, bookings, session records,
 * PSFS scores and check-ins inserted directly (the forms that record them belong to other features).
 */
final class ProgressPractice {

	record Person(long id, String name, String email) {
	}

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final JdbcClient jdbc;

	private final int port;

	private final TestSessions rows;

	private final TestSessions.Place place;

	private final long service;

	ProgressPractice(JdbcClient jdbc, int port) {
		this.jdbc = jdbc;
		this.port = port;
		this.rows = new TestSessions(jdbc);
		this.place = rows.place(CHICAGO);
		this.service = rows.service("Progress massage " + UUID.randomUUID(), 60);
	}

	Person client(String name) {
		return person(name, "CLIENT");
	}

	Person therapist(String name) {
		Person therapist = person(name, "THERAPIST");
		rows.profile(therapist.id());
		return therapist;
	}

	WebSession signIn(Person person) {
		var session = new WebSession(port);
		assertThat(session.signIn(person.email(), TestData.PASSWORD).location()).isEqualTo("/account");
		return session;
	}

	/** The client's consultation (pain 6 now) and its plan, approved by the therapist; returns the signed-in client. */
	WebSession withApprovedPlan(Person client, Person therapist) {
		var session = signIn(client);
		TestConsultations.submitChronicDeskWorker(session, client.name());
		jdbc.sql("""
				update care_plans set status = 'APPROVED', approved_at = now(), approved_by = :therapist, therapist_id = :therapist
				where client_id = :client and status = 'PROPOSED'""")
			.param("therapist", therapist.id())
			.param("client", client.id())
			.update();
		return session;
	}

	/** A session held that many days ago at 10:00 UTC, with the pain before and after. */
	long session(Person client, Person therapist, int daysAgo, Integer painBefore, Integer painAfter) {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(10));
		long booking = rows.book(client.id(), therapist.id(), place, service, start, Duration.ofMinutes(60));
		jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after)
				values (:booking, :client, :therapist, :before, :after)""")
			.param("booking", booking)
			.param("client", client.id())
			.param("therapist", therapist.id())
			.param("before", painBefore)
			.param("after", painAfter)
			.update();
		return booking;
	}

	void psfs(Person client, long booking, int daysAgo, Integer... ratings) {
		jdbc.sql("""
				insert into psfs_scores (client_id, booking_id, measured_at, activities, ratings)
				values (:client, :booking, :at, :activities, :ratings)""")
			.param("client", client.id())
			.param("booking", booking)
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo))))
			.param("activities", Arrays.stream(ratings).map(rating -> "Sitting at my desk").toArray(String[]::new))
			.param("ratings", ratings)
			.update();
	}

	void checkIn(Person client, long booking, Instant answeredAt, int painToday, boolean legWeakness) {
		jdbc.sql("""
				insert into check_ins (booking_id, client_id, token_hash, invited_at, expires_at, answered_at, soreness, soreness_hours,
				    bruising, headache, fatigue, leg_weakness, numbness, pain_worse, pain_today)
				values (:booking, :client, :token, :invited, :expires, :answered, 2, 12, false, false, false, :weakness, false, false, :pain)""")
			.param("booking", booking)
			.param("client", client.id())
			.param("token", UUID.randomUUID().toString())
			.param("invited", Timestamp.from(answeredAt.minus(Duration.ofHours(2))))
			.param("expires", Timestamp.from(answeredAt.plus(Duration.ofDays(7))))
			.param("answered", Timestamp.from(answeredAt))
			.param("weakness", legWeakness)
			.param("pain", painToday)
			.update();
	}

	String progressState(Person client) {
		return jdbc.sql("select progress from care_plans where client_id = ? and status = 'APPROVED'").param(client.id())
			.query(String.class).single();
	}

	int audited(Person client, String action) {
		return jdbc.sql("select count(*) from audit_log where client_id = ? and action = ?").params(client.id(), action)
			.query(Integer.class).single();
	}

	/** A download as bytes, with the session's cookie (the web session reads bodies as text). */
	static HttpResponse<byte[]> download(int port, WebSession session, String path) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "BACKCARE_SESSION=" + session.cookie("BACKCARE_SESSION"))
				.header("X-Forwarded-For", TestData.ip())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private Person person(String name, String role) {
		String email = TestData.email(role.toLowerCase());
		long id = jdbc.sql("""
				insert into accounts (email, display_name, password_hash, roles, email_confirmed_at)
				values (:email, :name, :hash, array[:role], now()) returning id""")
			.param("email", email)
			.param("name", name)
			.param("hash", "{noop}" + TestData.PASSWORD)
			.param("role", role)
			.query(Long.class)
			.single();
		return new Person(id, name, email);
	}
}
