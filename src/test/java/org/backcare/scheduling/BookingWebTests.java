package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.careplans.PlanProgress;
import org.backcare.WebSession;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class BookingWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanProgress progress;

	TestPractice practice;

	long therapist;

	long consultation;

	@BeforeEach
	void practice() {
		practice = TestPractice.in(jdbc, ZoneId.of("America/Chicago"));
		therapist = practice.therapist("Willa Web");
		consultation = TestPractice.consultation(jdbc);
	}

	@Test
	void aClientPicksATimeConfirmsAndSeesTheBookingOnTheLocationsClock() {
		var client = client("pick");
		ZonedDateTime start = practice.at(3, 10, 0);

		var picker = client.get("/book/" + consultation + "?therapist=" + therapist);
		assertThat(picker.status()).isEqualTo(200);
		assertThat(picker.body()).contains("aria-label=\"" + SessionTimes.shortDay(start) + ", 10:00 to 11:00, with Willa Web\"");
		assertThat(picker.text()).contains("America/Chicago");

		var confirm = client.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		assertThat(confirm.text()).contains(SessionTimes.span(start, start.plusHours(1)), "Willa Web", "up to 24 hours before");
		var booked = client.post("/book/" + consultation, Map.of("slot", slot(start)));

		assertThat(booked.location()).startsWith("/account/bookings?booked=");
		var mine = client.follow(booked);
		assertThat(mine.text()).contains("Booked. We have emailed you", SessionTimes.span(start, start.plusHours(1)), "With Willa Web");
		assertThat(SessionTimes.zone(start)).matches("America/Chicago, C[SD]T");
	}

	@Test
	void aTimeTakenMeanwhileBringsTheNearestFreeTimesWith409() {
		ZonedDateTime start = practice.at(4, 13, 0);
		var first = client("first");
		first.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		assertThat(first.post("/book/" + consultation, Map.of("slot", slot(start))).status()).isEqualTo(302);
		var second = client("second");
		second.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));

		var taken = second.post("/book/" + consultation, Map.of("slot", slot(start)));

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text()).contains("Someone has just booked that time", "Here are the nearest free times");
		assertThat(taken.body()).contains("value=\"" + start.minusHours(2).toInstant() + "|" + therapist + "|" + practice.locationId + "\"");
	}

	@Test
	void aClientCancelsAndMovesTheirOwnBookingsButNotAnotherClients() {
		var client = client("mover");
		ZonedDateTime start = practice.at(5, 9, 0);
		client.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		String location = client.post("/book/" + consultation, Map.of("slot", slot(start))).location();
		long id = Long.parseLong(location.substring(location.indexOf('=') + 1));

		client.get("/book/" + consultation + "/confirm?slot=" + query(slot(start.plusHours(5))) + "&move=" + id);
		var moved = client.post("/book/" + consultation, Map.of("slot", slot(start.plusHours(5)), "move", String.valueOf(id)));
		assertThat(moved.location()).startsWith("/account/bookings?moved=");
		var list = client.follow(moved);
		assertThat(list.text()).contains("Moved.", SessionTimes.span(start.plusHours(5), start.plusHours(6)));
		assertThat(list.rowWith(SessionTimes.span(start, start.plusHours(1)))).contains("Cancelled");
		long newId = Long.parseLong(moved.location().substring(moved.location().indexOf('=') + 1));

		var stranger = client("stranger");
		stranger.get("/account/bookings");
		assertThat(stranger.post("/account/bookings/" + newId + "/cancel").status()).isEqualTo(404);

		var cancelled = client.post("/account/bookings/" + newId + "/cancel");
		assertThat(cancelled.location()).isEqualTo("/account/bookings?cancelled=" + newId);
		assertThat(client.follow(cancelled).text()).contains("Cancelled. We have emailed you", "No sessions booked.");
	}

	@Test
	void withoutAnApprovedPlanOnlyTheConsultationIsOfferedAndThePageSaysWhy() {
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);
		var client = client("noplan");

		var book = client.get("/book");
		assertThat(book.text()).contains("You can book a consultation for now.", "answer the consultation questions online");
		assertThat(book.body()).contains("href=\"/book/" + consultation + "\"").doesNotContain("href=\"/book/" + swedish + "\"");
		var refused = client.get("/book/" + swedish);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("This can't be booked", "consultation");

		TestConsultations.submitChronicDeskWorker(client, "Test Client");
		assertThat(client.get("/book").text()).contains("A therapist is reviewing your care plan");
	}

	@Test
	void aClientWithAnApprovedPlanBooksThePlansTechniqueWithATherapistTrainedForIt() {
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);
		var client = approvedClient("Pia Planned", TestData.email("planned"));

		var book = client.get("/book");
		assertThat(book.text()).contains("Sessions in your care plan").doesNotContain("You can book a consultation for now.");
		assertThat(book.body()).contains("href=\"/book/" + swedish + "\"");
		ZonedDateTime start = practice.at(6, 15, 0);
		client.get("/book/" + swedish + "/confirm?slot=" + query(slot(start)));
		var booked = client.post("/book/" + swedish, Map.of("slot", slot(start)));
		assertThat(booked.location()).as(booked.text()).startsWith("/account/bookings?booked=");
	}

	@Test
	void aClientBooksTheirWholePlanTakingTheNearestFreeTimeWhereTheUsualOneIsTakenAndAllOrNone() {
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);
		String email = TestData.email("series");
		var client = approvedClient("Sol Series", email);
		ZonedDateTime first = practice.at(2, 10, 0);
		consultationBy(client("blocker"), first.plusWeeks(2));

		var preview = client.get("/book/" + swedish + "/series?slot=" + query(slot(first)));

		assertThat(preview.status()).as(preview.text()).isEqualTo(200);
		assertThat(preview.text()).contains("Book your plan: 10 sessions", SessionTimes.span(first, first.plusHours(1)),
				"Session 3: " + SessionTimes.day(first.plusWeeks(2)) + " at 10:00 is taken", "Book all 10 sessions");
		List<String> chosen = chosenSessions(preview.body());
		assertThat(chosen).hasSize(10);

		consultationBy(client("spoiler"), first.plusWeeks(5));
		var spoiled = client.post("/book/" + swedish + "/series", pairs(chosen));
		assertThat(spoiled.status()).isEqualTo(409);
		assertThat(spoiled.text()).contains("nothing was booked", "Session 6: " + SessionTimes.day(first.plusWeeks(5)) + " at 10:00 is taken");
		assertThat(bookingsOf(email)).isZero();

		var booked = client.post("/book/" + swedish + "/series", pairs(chosenSessions(spoiled.body())));
		assertThat(booked.location()).isEqualTo("/account/bookings?series=10");
		assertThat(bookingsOf(email)).isEqualTo(10);
		assertThat(jdbc.sql("select count(distinct series_id) from bookings b join accounts a on a.id = b.client_id where a.email = :email")
			.param("email", email).query(Long.class).single()).isEqualTo(1);
		assertThat(client.follow(booked).text()).contains("Your plan is booked: 10 sessions");
		// one email for the series with every date and one calendar file, and a reminder due before each session
		var series = jdbc.sql("""
				select text_body, attachments::text as attachments from outbox_messages
				where to_address = :email and subject like 'Booked: your plan''s 10 sessions%'""")
			.param("email", email)
			.query((rs, n) -> new String[] { rs.getString("text_body"), rs.getString("attachments") })
			.single();
		assertThat(series[0]).contains("10:00", "America/Chicago");
		assertThat(series[1]).contains("sessions.ics", "method=REQUEST");
		assertThat(series[1].split("BEGIN:VEVENT", -1)).hasSize(11);
		assertThat(jdbc.sql("select count(*) from outbox_messages where to_address = :email and cancel_key like 'booking-%-reminder'")
			.param("email", email).query(Long.class).single()).isEqualTo(10);
	}

	@Test
	void aPlanPausedAfterAWorryingCheckInLeavesOnlyTheConsultationAndSaysWhy() {
		String email = TestData.email("paused");
		var client = approvedClient("Paula Paused", email);
		long planId = jdbc.sql("select p.id from care_plans p join accounts a on a.id = p.client_id where a.email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		assertThat(client.get("/book").text()).doesNotContain("Your care plan is paused");

		progress.mark(planId, PlanProgress.State.PAUSED, List.of("O5"), "New numbness reported at the check-in.", Instant.now());

		var page = client.get("/book");
		assertThat(page.text()).contains("Your care plan is paused");
	}

	private WebSession approvedClient(String name, String email) {
		var client = WebSession.signedInClient(port, name, email);
		TestConsultations.submitChronicDeskWorker(client, name);
		long planId = jdbc.sql("select p.id from care_plans p join accounts a on a.id = p.client_id where a.email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		var reviewer = WebSession.signedInTherapist(port, "Rhea Reviewer", TestData.email("rhea"));
		reviewer.get("/therapist/plans/" + planId);
		assertThat(reviewer.post("/therapist/plans/" + planId + "/approval", List.of("version", "1")).status()).isEqualTo(302);
		return client;
	}

	private void consultationBy(WebSession someone, ZonedDateTime start) {
		someone.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		assertThat(someone.post("/book/" + consultation, Map.of("slot", slot(start))).status()).isEqualTo(302);
	}

	/** The value of each session's field as the page preselects it: the free time, or the nearest alternative. */
	private static List<String> chosenSessions(String html) {
		List<String> chosen = new java.util.ArrayList<>();
		for (int number = 1; ; number++) {
			var match = java.util.regex.Pattern.compile("name=\"session" + number + "\"[^>]*?value=\"([^\"]+)\"").matcher(html);
			if (!match.find()) {
				return chosen;
			}
			chosen.add(match.group(1).replace("&#124;", "|"));
		}
	}

	private static List<String> pairs(List<String> chosen) {
		List<String> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			pairs.add("session" + (i + 1));
			pairs.add(chosen.get(i));
		}
		return pairs;
	}

	private long bookingsOf(String email) {
		return jdbc.sql("select count(*) from bookings b join accounts a on a.id = b.client_id where a.email = :email and b.status = 'BOOKED'")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private WebSession client(String who) {
		String email = TestData.email(who);
		TestPractice.client(jdbc, email);
		var session = new WebSession(port);
		assertThat(session.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
		return session;
	}

	private static String query(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String slot(ZonedDateTime start) {
		return start.toInstant() + "|" + therapist + "|" + practice.locationId;
	}
}
