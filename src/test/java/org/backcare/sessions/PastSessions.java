package org.backcare.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.backcare.TestData;
import org.backcare.TestSessions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions that ended a while ago, each with its own client, therapist and place so tests never overlap. */
final class PastSessions {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	record Past(long bookingId, long clientId, String clientName, String clientEmail, long therapistId) {
	}

	private final JdbcClient jdbc;

	private final TestSessions rows;

	PastSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new TestSessions(jdbc);
	}

	/** A one-hour session that ended this long ago, for a new client. */
	Past endedAgo(Duration ago) {
		String email = TestData.email("checked-in");
		String name = "Casey " + Long.toHexString(System.nanoTime());
		return endedAgo(ago, rows.client(name, email), name, email);
	}

	/** A one-hour session that ended this long ago, for this client, with Dana Whitfield. */
	Past endedAgo(Duration ago, long clientId, String clientName, String clientEmail) {
		long therapist = rows.therapist("Dana Whitfield");
		long service = rows.service("Deep tissue 60", 60);
		Instant start = Instant.now().minus(ago).minus(Duration.ofHours(1));
		long booking = rows.book(clientId, therapist, rows.place(CHICAGO), service, start, Duration.ofHours(1));
		return new Past(booking, clientId, clientName, clientEmail, therapist);
	}

	void markNoShow(long bookingId) {
		jdbc.sql("update bookings set status = 'NO_SHOW', no_show_marked_at = now() where id = ?").param(bookingId).update();
	}

	/** The therapist's re-screen found a new red flag and stopped the session (O1). */
	void stopAtRescreen(Past past) {
		recordSession(past, null, "EMERGENCY");
	}

	void recordPainBefore(Past past, int painBefore) {
		recordSession(past, painBefore, null);
	}

	int checkInsFor(long bookingId) {
		return jdbc.sql("select count(*) from check_ins where booking_id = ?").param(bookingId).query(Integer.class).single();
	}

	int checkInEmailsTo(String email) {
		return jdbc.sql("select count(*) from outbox_messages where to_address = ? and headers ->> 'X-BackCare-Mail' = 'check-in'")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private void recordSession(Past past, Integer painBefore, String stopped) {
		jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, rescreened_at, stopped)
				values (?, ?, ?, ?, now(), ?)""")
			.params(past.bookingId(), past.clientId(), past.therapistId(), painBefore, stopped)
			.update();
	}
}
