package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;
import org.backcare.BackCareTest;
import org.backcare.TestMail;
import org.backcare.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job that asks clients how they are a day after a session, as the client's inbox sees it. */
@BackCareTest
class CheckInInvitationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckInRound round;

	private PastSessions sessions;

	@BeforeEach
	void setUp() {
		sessions = new PastSessions(jdbc);
	}

	@Test
	void aSessionThatEndedADayAgoGetsOneCheckInEmailWithItsLink() {
		var past = sessions.endedAgo(Duration.ofHours(30));

		round.inviteDue();
		round.inviteDue();

		assertThat(sessions.checkInsFor(past.bookingId())).isEqualTo(1);
		assertThat(sessions.checkInEmailsTo(past.clientEmail())).isEqualTo(1);
		MimeMessage email = TestMail.awaitWithSubject(past.clientEmail(), "How are you after your session with Dana?").get(0);
		String text = TestMail.text(email);
		assertThat(text).contains("Hello " + past.clientName())
			.contains("takes about a minute")
			.contains("works without signing in, until")
			.contains("on " + sessionStart(past.bookingId()))
			.doesNotContain("Whitfield");
		assertThat(TestMail.link(email, "/check-in/")).matches(".*/check-in/[A-Za-z0-9_-]{43}");
		assertThat(jdbc.sql("select expires_at - invited_at from check_ins where booking_id = ?")
			.param(past.bookingId())
			.query((row, n) -> row.getString(1))
			.single()).isEqualTo("7 days");
	}

	/** On the location's clock, as the email says it: Tuesday 1 December 2026, 10:00 CST. */
	private String sessionStart(long bookingId) {
		Instant start = jdbc.sql("select starts_at from bookings where id = ?").param(bookingId).query(Timestamp.class).single().toInstant();
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH).format(start.atZone(PastSessions.CHICAGO));
	}

	@Test
	void sessionsNotDueCancelledMissedOrStoppedAtTheRescreenGetNoCheckIn() {
		var yesterdayEvening = sessions.endedAgo(Duration.ofHours(3));
		var lastWeek = sessions.endedAgo(Duration.ofDays(3));
		var cancelled = sessions.endedAgo(Duration.ofHours(30));
		jdbc.sql("update bookings set status = 'CANCELLED', cancelled_at = now() where id = ?").param(cancelled.bookingId()).update();
		var missed = sessions.endedAgo(Duration.ofHours(30));
		sessions.markNoShow(missed.bookingId());
		var stopped = sessions.endedAgo(Duration.ofHours(30));
		sessions.stopAtRescreen(stopped);

		round.inviteDue();

		for (var past : List.of(yesterdayEvening, lastWeek, cancelled, missed, stopped)) {
			assertThat(sessions.checkInsFor(past.bookingId())).as("check-ins of booking " + past.bookingId()).isZero();
			assertThat(sessions.checkInEmailsTo(past.clientEmail())).isZero();
		}
	}

	@Test
	void nodesRunningTheJobAtOnceSendOneEmail() throws Exception {
		var past = sessions.endedAgo(Duration.ofHours(40));

		List<Callable<Boolean>> nodes = Collections.nCopies(4, () -> {
			round.inviteDue();
			return true;
		});
		Together.run(nodes);

		assertThat(sessions.checkInsFor(past.bookingId())).isEqualTo(1);
		assertThat(sessions.checkInEmailsTo(past.clientEmail())).isEqualTo(1);
		TestMail.awaitMessages(past.clientEmail(), 1);
		Thread.sleep(1000); // the outbox is polled every 200 ms in tests: a second email would have arrived by now
		assertThat(TestMail.messagesTo(past.clientEmail())).hasSize(1);
	}
}
