package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin's bookings pages and no-shows, at a practice in Honolulu: its afternoon is the next day in UTC, so a
 * list filed by UTC date would miss the session that has just started.
 */
@BackCareTest
class NoShowWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestPractice practice;

	long therapist;

	long consultation;

	WebSession admin;

	@BeforeEach
	void practice() {
		practice = TestPractice.in(jdbc, ZoneId.of("Pacific/Honolulu"));
		therapist = practice.therapist("Nell Noshow");
		consultation = TestPractice.consultation(jdbc);
		admin = WebSession.signedInAdmin(port);
	}

	@Test
	void theAdminMarksAStartedSessionAsANoShowAndTheClientsPagesShowIt() {
		String email = TestData.email("missed");
		long client = TestPractice.client(jdbc, email);
		ZonedDateTime start = ZonedDateTime.now(practice.zone).minusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
		long booking = session(client, start);

		var list = admin.get("/admin/bookings?day=" + start.toLocalDate() + "&therapist=" + therapist);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.rowWith(row(booking))).contains(SessionTimes.span(start, start.plusHours(1)), "Test Client", "Nell Noshow",
				"Booked", "Mark no-show");
		assertThat(list.body()).contains("href=\"/admin/clients/" + client + "/bookings\"");

		var marked = admin.post("/admin/bookings/" + booking + "/no-show", Map.of("back", "/admin/clients/" + client + "/bookings"));

		assertThat(marked.location()).isEqualTo("/admin/clients/" + client + "/bookings");
		var clientPage = admin.follow(marked);
		assertThat(clientPage.text()).contains("Bookings of Test Client", "No-shows 1", "Sessions had 0");
		var adminAccount = jdbc.sql("select id, display_name from accounts where email = :email")
			.param("email", TestData.ADMIN_EMAIL)
			.query()
			.singleRow();
		assertThat(clientPage.rowWith(row(booking))).contains("No-show", "Marked by " + adminAccount.get("display_name"), "Undo no-show");
		assertThat(markedBy(booking)).isEqualTo(((Number) adminAccount.get("id")).longValue());
		var own = new WebSession(port);
		own.signIn(email, TestData.PASSWORD);
		assertThat(own.get("/account/bookings").rowWith(SessionTimes.span(start, start.plusHours(1)))).contains("Missed (no-show)");

		var undone = admin.post("/admin/bookings/" + booking + "/no-show/undo", Map.of("back", "/admin/clients/" + client + "/bookings"));

		assertThat(undone.location()).isEqualTo("/admin/clients/" + client + "/bookings");
		assertThat(admin.follow(undone).rowWith(row(booking))).contains("Booked", "Mark no-show").doesNotContain("Marked by");
		assertThat(markedBy(booking)).isNull();
	}

	@Test
	void aNoShowIsRefusedBeforeTheSessionStartsAndTakenBackOnlyTheDayItWasMarked() {
		long client = TestPractice.client(jdbc, TestData.email("early"));
		long upcoming = session(client, practice.at(2, 10, 0));
		admin.get("/admin/bookings");

		var early = admin.post("/admin/bookings/" + upcoming + "/no-show", Map.of());

		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text()).contains("This session has not started yet", "Pacific/Honolulu, HST");
		assertThat(status(upcoming)).isEqualTo("BOOKED");

		long missed = session(client, ZonedDateTime.now(practice.zone).minusDays(3).truncatedTo(ChronoUnit.HOURS));
		assertThat(admin.post("/admin/bookings/" + missed + "/no-show", Map.of()).status()).isEqualTo(302);
		assertThat(admin.post("/admin/bookings/" + missed + "/no-show", Map.of()).status()).as("marked already").isEqualTo(409);
		jdbc.sql("update bookings set no_show_marked_at = no_show_marked_at - interval '1 day' where id = :id").param("id", missed).update();
		var late = admin.post("/admin/bookings/" + missed + "/no-show/undo", Map.of());
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.text()).contains("only on the day it was marked");
		assertThat(status(missed)).isEqualTo("NO_SHOW");

		assertThat(admin.post("/admin/bookings/0/no-show", Map.of()).status()).isEqualTo(404);
		assertThat(admin.get("/admin/clients/" + therapist + "/bookings").status()).as("not a client").isEqualTo(404);
		assertThat(admin.get("/admin/clients/" + client + "/bookings").text()).contains("No-shows 1", "Coming up 1");
	}

	/** A session of an hour with the practice's therapist, written straight to the table (the past can't be booked). */
	private long session(long client, ZonedDateTime start) {
		Instant starts = start.toInstant();
		return jdbc.sql("""
				insert into bookings (client_id, therapist_id, location_id, room_id, service_id, starts_at, ends_at, blocked)
				values (:client, :therapist, :location, :room, :service, :starts, :ends, tstzrange(:starts, :until)) returning id""")
			.param("client", client)
			.param("therapist", therapist)
			.param("location", practice.locationId)
			.param("room", practice.rooms.get(0))
			.param("service", consultation)
			.param("starts", Timestamp.from(starts))
			.param("ends", Timestamp.from(starts.plus(Duration.ofHours(1))))
			.param("until", Timestamp.from(starts.plus(Duration.ofMinutes(75))))
			.query(Long.class)
			.single();
	}

	private static String row(long booking) {
		return "id=\"booking-" + booking + "\"";
	}

	private Long markedBy(long booking) {
		return jdbc.sql("select no_show_marked_by from bookings where id = :id").param("id", booking).query(Long.class).list().get(0);
	}

	private String status(long booking) {
		return jdbc.sql("select status from bookings where id = :id").param("id", booking).query(String.class).single();
	}
}
