package org.backcare.content;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.backcare.TestSessions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clients who have had a session with the practice, as testimonials need. */
final class Clients {

	private final JdbcClient jdbc;

	private final TestSessions sessions;

	Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sessions = new TestSessions(jdbc);
	}

	long idOf(String email) {
		return jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();
	}

	/** Gives the client with this address a session that ended yesterday. */
	void hadASession(String email) {
		long therapist = sessions.therapist("Maya Okafor");
		var place = sessions.place(ZoneId.of("America/Chicago"));
		long service = sessions.service("Swedish 60", 60);
		sessions.book(idOf(email), therapist, place, service, Instant.now().minus(Duration.ofDays(1)),
				Duration.ofMinutes(60));
	}
}
