package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestSessions;
import org.backcare.WebSession;
import org.backcare.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CalendarFeedWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	private TestSessions rows;

	private TestSessions.Place place;

	private long service;

	private long therapist;

	private final Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

	@BeforeEach
	void practice() {
		rows = new TestSessions(jdbc);
		place = rows.place(ZoneId.of("America/Chicago"));
		service = rows.service("Deep tissue massage, 60 minutes", 60);
		therapist = rows.therapist("Maya Okafor");
	}

	@Test
	void aClientsFeedHasTheirBookedSessionsFromAMonthBackOnAndNobodyElses() throws Exception {
		String email = TestData.email("feed");
		var client = WebSession.signedInClient(port, "Robin Feedwell", email);
		long me = idOf(email);
		long other = rows.client("Other Person", TestData.email("other"));
		long next = book(me, tomorrow);
		long lastWeek = book(me, tomorrow.minus(Duration.ofDays(8)));
		long longAgo = book(me, tomorrow.minus(Duration.ofDays(40)));
		long cancelled = book(me, tomorrow.plus(Duration.ofDays(2)));
		rows.cancel(cancelled);
		long someoneElses = book(other, tomorrow.plus(Duration.ofDays(3)));

		String address = create(client, "/account/calendar-feed");
		var feed = client.get(address);

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.mediaType()).isEqualTo("text/calendar");
		Calendar calendar = parse(feed.body());
		assertThat(uids(calendar)).containsExactlyInAnyOrder(uid(lastWeek), uid(next))
			.doesNotContain(uid(longAgo), uid(cancelled), uid(someoneElses));
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(1);
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(tomorrow);
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Deep tissue massage, 60 minutes · Maya Okafor");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("418 Riverside Avenue");
	}

	@Test
	void aTherapistsFeedShowsOnlyTheirSessionsWithTheClientsFirstNameAndNothingClinical() throws Exception {
		String email = TestData.email("feed-therapist");
		var therapistSession = WebSession.signedInTherapist(port, "Tomás Herrera", email);
		long me = idOf(email);
		rows.profile(me);
		long client = rows.client("Priya Raman-Holt", TestData.email("priya"));
		long mine = book(client, me, tomorrow);
		long colleagues = book(client, therapist, tomorrow.plus(Duration.ofDays(1)));

		String address = create(therapistSession, "/therapist/calendar-feed");
		var feed = therapistSession.get(address);

		assertThat(feed.status()).isEqualTo(200);
		Calendar calendar = parse(feed.body());
		assertThat(uids(calendar)).containsExactly(uid(mine)).doesNotContain(uid(colleagues));
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT).get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("BackCare session · Priya");
		assertThat(feed.body().replace("\r\n ", "")).doesNotContain("Raman-Holt", "priya", "Deep tissue", "ATTENDEE");
		assertThat(WebSession.signedInClient(port, "Not A Therapist", TestData.email("nosy")).get("/therapist/calendar-feed").status())
			.isEqualTo(403);
	}

	@Test
	void aRevokedOrReplacedAddressIsNotFoundAndANearMissOrMadeUpOneNeither() {
		String email = TestData.email("feed-revoke");
		var client = WebSession.signedInClient(port, "Kim Revoker", email);
		book(idOf(email), tomorrow);
		String first = create(client, "/account/calendar-feed");
		String token = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
		char last = token.charAt(token.length() - 1);
		String nearMiss = first.replace(token, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'));

		assertThat(client.get(nearMiss).status()).isEqualTo(404);
		assertThat(client.get("/calendar/not-a-token.ics").status()).isEqualTo(404);
		assertThat(new WebSession(port).get(first).status()).as("no sign-in needed: apps have none").isEqualTo(200);

		String second = create(client, "/account/calendar-feed");
		assertThat(second).isNotEqualTo(first);
		assertThat(client.get(first).status()).isEqualTo(404);
		assertThat(client.get(second).status()).isEqualTo(200);

		var revoked = client.post("/account/calendar-feed/revoke");
		assertThat(revoked.location()).isEqualTo("/account/calendar-feed?revoked");
		assertThat(client.follow(revoked).text()).contains("Your calendar address is revoked", "You have no calendar address");
		assertThat(client.get(second).status()).isEqualTo(404);
		assertThat(client.post("/account/calendar-feed/revoke").status()).isEqualTo(404);
	}

	@Test
	void theAddressIsShownOnceAndOnlyItsFingerprintIsKept() {
		String email = TestData.email("feed-once");
		var client = WebSession.signedInClient(port, "Lee Once", email);

		String address = create(client, "/account/calendar-feed");
		String token = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());

		assertThat(client.get("/account/calendar-feed").body()).doesNotContain(token).contains("Address created");
		assertThat(jdbc.sql("select count(*) from calendar_feeds where token_hash = ? or token_hash like ?")
			.params(token, "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();
		client.get(address);
		assertThat(client.get("/account/calendar-feed").text()).doesNotContain("Last read by a calendar app Not yet");
	}

	/** Creates the feed on its page and returns its address as a path, as the page shows it once. */
	private static String create(WebSession owner, String page) {
		var created = owner.submit(page, page, java.util.Map.of());
		assertThat(created.location()).isEqualTo(page);
		var shown = owner.follow(created);
		String address = shown.find("<code id=\"feed-address\">([^<]+)</code>");
		assertThat(address).as(shown.text()).isNotNull();
		return WebSession.pathOf(address);
	}

	private long book(long client, Instant start) {
		return book(client, therapist, start);
	}

	private long book(long client, long who, Instant start) {
		return rows.book(client, who, place, service, start, Duration.ofHours(1));
	}

	private long idOf(String email) {
		return people.withEmail(email).orElseThrow().id().value();
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map(event -> event.getProperty(Property.UID).orElseThrow().getValue())
			.toList();
	}

	private static String uid(long booking) {
		return "booking-" + booking + "@localhost";
	}
}
