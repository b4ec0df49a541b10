package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.TestSessions;
import org.backcare.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A therapist and a client of their own for a session-record test, in a database tests share: both can sign in
 * with {@link TestData#PASSWORD}, and bookings are inserted directly at a location in Chicago.
 */
final class RecordPractice {

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	final JdbcClient jdbc;

	final int port;

	final long therapist;

	final String therapistEmail;

	final long client;

	final String clientEmail;

	private final TestSessions rows;

	private final TestSessions.Place place;

	private final long service;

	RecordPractice(JdbcClient jdbc, int port, String therapistName, String clientName) {
		this.jdbc = jdbc;
		this.port = port;
		this.rows = new TestSessions(jdbc);
		this.therapist = rows.therapist(therapistName);
		this.therapistEmail = canSignIn(therapist);
		this.clientEmail = TestData.email("client");
		this.client = rows.client(clientName, clientEmail);
		canSignIn(client);
		this.place = rows.place(ZONE);
		this.service = rows.service("Deep tissue 60", 60);
	}

	/** A booking with this practice's therapist, starting this long from now (negative: in the past). */
	long booking(Duration fromNow) {
		return rows.book(client, therapist, place, service, Instant.now().plus(fromNow), Duration.ofHours(1));
	}

	/** A booking of the same client with another therapist. */
	long bookingWith(long otherTherapist, Duration fromNow) {
		return rows.book(client, otherTherapist, place, service, Instant.now().plus(fromNow), Duration.ofHours(1));
	}

	void cancel(long booking) {
		rows.cancel(booking);
	}

	WebSession therapistWeb() {
		return signedIn(therapistEmail);
	}

	WebSession clientWeb() {
		return signedIn(clientEmail);
	}

	String therapistToken() {
		return new WebSession(port).token(therapistEmail, TestData.PASSWORD);
	}

	String clientToken() {
		return new WebSession(port).token(clientEmail, TestData.PASSWORD);
	}

	/** Another therapist who can sign in; returns the account id and its email. */
	Other otherTherapist() {
		long id = rows.therapist("Olga Other");
		return new Other(id, canSignIn(id));
	}

	record Other(long id, String email) {
	}

	/** The client answers the consultation as a chronic desk worker; this therapist approves the plan (moderate to firm). */
	void approvedPlan(String clientName) {
		TestConsultations.submitChronicDeskWorker(clientWeb(), clientName);
		long plan = jdbc.sql("select id from care_plans where client_id = :client").param("client", client).query(Long.class).single();
		WebSession therapistWeb = therapistWeb();
		therapistWeb.get("/therapist/plans/" + plan);
		assertThat(therapistWeb.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
	}

	WebSession signedIn(String email) {
		var web = new WebSession(port);
		assertThat(web.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
		return web;
	}

	private String canSignIn(long accountId) {
		return jdbc.sql("update accounts set password_hash = :hash where id = :id returning email")
			.param("hash", "{noop}" + TestData.PASSWORD)
			.param("id", accountId)
			.query(String.class)
			.single();
	}
}
