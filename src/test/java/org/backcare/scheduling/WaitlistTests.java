package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class WaitlistTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Holds holds;

	TestPractice practice;

	long therapist;

	long consultation;

	@BeforeEach
	void practice() {
		practice = TestPractice.in(jdbc, ZoneId.of("Europe/Berlin"));
		therapist = practice.therapist("Wanda Wait");
		consultation = TestPractice.consultation(jdbc);
	}

	@Test
	void aCancellationHoldsTheTimeForTheFirstClientWaitingWhoConfirmsIt() {
		ZonedDateTime start = practice.at(6, 10, 0);
		var booker = client("booker");
		long booking = book(booker, start);
		var first = client("first-waiting");
		var second = client("second-waiting");
		join(first, start);
		join(second, start);

		assertThat(booker.post("/account/bookings/" + booking + "/cancel").status()).isEqualTo(302);

		long held = heldFor(first);
		assertThat(jdbc.sql("select text_body from outbox_messages where to_address = :email and subject like 'A time has opened for you%'")
			.param("email", emails.get(first)).query(String.class).single())
			.contains("held for you", "Europe/Berlin", "/account/bookings");
		var page = first.get("/account/bookings");
		assertThat(page.text()).contains("Held for you", SessionTimes.span(start, start.plusHours(1)), "Book this time")
			.containsPattern("Confirm by \\d\\d:\\d\\d on \\w+ \\d+ \\w+ \\(Europe/Berlin, CES?T\\)");
		assertThat(heldCount(second)).isZero();
		var other = client("latecomer");
		other.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		assertThat(other.post("/book/" + consultation, Map.of("slot", slot(start))).status()).as("the hold blocks the slot").isEqualTo(409);

		var confirmed = first.post("/account/bookings/" + held + "/confirm");
		assertThat(confirmed.location()).isEqualTo("/account/bookings?confirmed=" + held);
		assertThat(status(held)).isEqualTo("BOOKED");
		assertThat(first.follow(confirmed).text()).contains("Booked.", SessionTimes.span(start, start.plusHours(1)));
	}

	@Test
	void aHoldNobodyConfirmsPassesToTheNextClientWaiting() {
		ZonedDateTime start = practice.at(7, 15, 0);
		var booker = client("booker");
		long booking = book(booker, start);
		var first = client("slow");
		var second = client("patient");
		join(first, start);
		join(second, start);
		booker.post("/account/bookings/" + booking + "/cancel");
		long firstHold = heldFor(first);

		jdbc.sql("update bookings set held_until = now() - interval '1 minute' where id = :id").param("id", firstHold).update();
		holds.releaseLapsedHolds(50);

		assertThat(status(firstHold)).isEqualTo("CANCELLED");
		long secondHold = heldFor(second);
		assertThat(second.post("/account/bookings/" + secondHold + "/decline").status()).isEqualTo(302);
		assertThat(status(secondHold)).isEqualTo("CANCELLED");
		assertThat(first.post("/account/bookings/" + firstHold + "/confirm").status()).isEqualTo(409);
	}

	@Test
	void aWaitlistRangeThatMakesNoSenseIsRefusedWithAMessage() {
		var client = client("confused");
		client.get("/book/" + consultation);
		var refused = client.post("/book/" + consultation + "/waitlist",
				Map.of("from", practice.at(5, 0, 0).toLocalDate().toString(), "to", practice.at(2, 0, 0).toLocalDate().toString()));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Choose a last day after the first");
		assertThat(jdbc.sql("select count(*) from waitlist_entries w join accounts a on a.id = w.client_id where a.email = :email")
			.param("email", emails.get(client)).query(Long.class).single()).isZero();
	}

	private long book(WebSession client, ZonedDateTime start) {
		client.get("/book/" + consultation + "/confirm?slot=" + query(slot(start)));
		String location = client.post("/book/" + consultation, Map.of("slot", slot(start))).location();
		assertThat(location).startsWith("/account/bookings?booked=");
		return Long.parseLong(location.substring(location.indexOf('=') + 1));
	}

	private void join(WebSession client, ZonedDateTime start) {
		client.get("/book/" + consultation + "?therapist=" + therapist);
		var joined = client.post("/book/" + consultation + "/waitlist", Map.of("from", start.toLocalDate().toString(), "to",
				start.toLocalDate().plusDays(1).toString(), "therapist", String.valueOf(therapist)));
		assertThat(joined.location()).isEqualTo("/account/bookings?waitlisted");
	}

	private long heldFor(WebSession client) {
		return jdbc.sql("select b.id from bookings b join accounts a on a.id = b.client_id where a.email = :email and b.status = 'HELD'")
			.param("email", emails.get(client))
			.query(Long.class)
			.single();
	}

	private long heldCount(WebSession client) {
		return jdbc.sql("select count(*) from bookings b join accounts a on a.id = b.client_id where a.email = :email and b.status = 'HELD'")
			.param("email", emails.get(client))
			.query(Long.class)
			.single();
	}

	private String status(long booking) {
		return jdbc.sql("select status from bookings where id = :id").param("id", booking).query(String.class).single();
	}

	private final Map<WebSession, String> emails = new java.util.HashMap<>();

	private WebSession client(String who) {
		String email = TestData.email(who);
		TestPractice.client(jdbc, email);
		var session = new WebSession(port);
		assertThat(session.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
		emails.put(session, email);
		return session;
	}

	private String slot(ZonedDateTime start) {
		return start.toInstant() + "|" + therapist + "|" + practice.locationId;
	}

	private static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
