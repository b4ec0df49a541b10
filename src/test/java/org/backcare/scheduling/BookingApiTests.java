package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@BackCareTest
class BookingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestPractice practice;

	long therapist;

	long consultation;

	WebSession web;

	String token;

	@BeforeEach
	void practice() {
		practice = TestPractice.in(jdbc, ZoneId.of("America/New_York"));
		therapist = practice.therapist("Theo Booker");
		consultation = TestPractice.consultation(jdbc);
		web = new WebSession(port);
		String email = TestData.email("booker");
		TestPractice.client(jdbc, email);
		token = web.token(email, TestData.PASSWORD);
	}

	@Test
	void listsServicesWithTheirPriceTrainingAndWhetherTheyAreTheConsultationWithoutSigningIn() {
		var services = new WebSession(port).getJson("/api/v1/services", null);

		assertThat(services.status()).isEqualTo(200);
		JsonNode first = find(services.json(), consultation);
		assertThat(first.get("consultation").asBoolean()).isTrue();
		assertThat(first.get("minutes").asInt()).isEqualTo(60);
		assertThat(first.get("priceMinor").asLong()).isPositive();
		assertThat(first.get("currency").asString()).isEqualTo("USD");
		assertThat(first.get("technique").asString()).isEqualTo("SWEDISH");
		assertThat(first.get("requiredSkills").isArray()).isTrue();
	}

	@Test
	void offersSlotsOnTheLocationsClockWithItsOffsetAndBooksOne() {
		LocalDate day = practice.at(3, 0, 0).toLocalDate();
		var slots = web.getJson(availability(day, day), token);

		assertThat(slots.status()).as(slots.body()).isEqualTo(200);
		List<String> starts = new ArrayList<>();
		slots.json().get("slots").forEach(slot -> starts.add(slot.get("start").asString()));
		String offset = practice.at(3, 8, 0).getOffset().getId();
		assertThat(starts).first().isEqualTo(day + "T08:00:00" + offset);
		assertThat(starts).last().isEqualTo(day + "T19:00:00" + offset);
		assertThat(slots.json().get("slots").get(0).get("therapistName").asString()).isEqualTo("Theo Booker");

		var booked = book(practice.at(3, 10, 0), therapist);

		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("status").asString()).isEqualTo("BOOKED");
		assertThat(booked.json().get("start").asString()).isEqualTo(day + "T10:00:00" + offset);
		assertThat(booked.json().get("timeZone").asString()).isEqualTo("America/New_York");
		var mine = web.getJson("/api/v1/bookings", token);
		assertThat(mine.json().get(0).get("id").asLong()).isEqualTo(booked.json().get("id").asLong());
		var after = web.getJson(availability(day, day), token);
		List<String> left = new ArrayList<>();
		after.json().get("slots").forEach(slot -> left.add(slot.get("start").asString()));
		// 10:00 is booked; with the 15-minute buffer after each session, 09:00 would end too close to it and 11:00
		// would start too soon after it
		assertThat(left).contains(day + "T08:30:00" + offset, day + "T11:30:00" + offset)
			.doesNotContain(day + "T09:00:00" + offset, day + "T09:30:00" + offset, day + "T10:00:00" + offset, day + "T10:30:00" + offset,
					day + "T11:00:00" + offset);
	}

	@Test
	void aTakenSlotIsA409WithTheNearestFreeTimes() {
		ZonedDateTime ten = practice.at(4, 10, 0);
		assertThat(book(ten, therapist).status()).isEqualTo(201);
		String other = TestData.email("second");
		TestPractice.client(jdbc, other);
		String otherToken = web.token(other, TestData.PASSWORD);

		var taken = web.postJson("/api/v1/bookings", body(ten, therapist), otherToken);

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.mediaType()).isEqualTo("application/problem+json");
		assertThat(taken.json().get("detail").asString()).contains("just booked");
		List<String> alternatives = new ArrayList<>();
		taken.json().get("alternatives").forEach(slot -> alternatives.add(slot.get("start").asString()));
		String offset = ten.getOffset().getId();
		String day = ten.toLocalDate().toString();
		assertThat(alternatives).containsExactly(day + "T08:00:00" + offset, day + "T08:30:00" + offset, day + "T11:30:00" + offset);
	}

	@Test
	void cancellingFreesTheSlotAndTheBookingShowsCancelled() {
		var booked = book(practice.at(5, 14, 0), therapist);
		long id = booked.json().get("id").asLong();

		var cancelled = web.deleteJson("/api/v1/bookings/" + id, token);

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(book(practice.at(5, 14, 0), therapist).status()).isEqualTo(201);
	}

	@Test
	void cancellingInsideTheWindowIsRefusedWithThePolicy() {
		long strict = TestPractice.service(jdbc, Technique.MYOFASCIAL_RELEASE, 90, null, true);
		jdbc.sql("""
				insert into booking_rules (service_id, buffer_before_min, buffer_after_min, min_notice_min, horizon_days, cancel_window_hours)
				values (:service, 0, 0, 0, 90, 336) on conflict (service_id) do nothing""")
			.param("service", strict)
			.update();
		var booked = web.postJson("/api/v1/bookings",
				"{\"service\":" + strict + ",\"start\":\"" + practice.at(3, 10, 0).toOffsetDateTime() + "\",\"therapist\":" + therapist + "}", token);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("changeableUntil").isNull()).isTrue();

		var refused = web.deleteJson("/api/v1/bookings/" + booked.json().get("id").asLong(), token);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("up to 14 days before", "contact the practice");
		assertThat(web.getJson("/api/v1/bookings/" + booked.json().get("id").asLong(), token).json().get("status").asString())
			.isEqualTo("BOOKED");
	}

	@Test
	void anotherClientsBookingIsNotFound() {
		long id = book(practice.at(6, 9, 0), therapist).json().get("id").asLong();
		String stranger = TestData.email("stranger");
		TestPractice.client(jdbc, stranger);
		String strangerToken = web.token(stranger, TestData.PASSWORD);

		assertThat(web.getJson("/api/v1/bookings/" + id, strangerToken).status()).isEqualTo(404);
		var delete = web.deleteJson("/api/v1/bookings/" + id, strangerToken);
		assertThat(delete.status()).isEqualTo(404);
		assertThat(delete.mediaType()).isEqualTo("application/problem+json");
		assertThat(web.getJson("/api/v1/bookings/" + id, token).json().get("status").asString()).isEqualTo("BOOKED");
	}

	@Test
	void aClientWithoutAnApprovedPlanMayBookOnlyTheConsultationAndIsToldWhy() {
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);

		var refused = web.postJson("/api/v1/bookings",
				"{\"service\":" + swedish + ",\"start\":\"" + practice.at(3, 10, 0).toOffsetDateTime() + "\",\"therapist\":" + therapist + "}", token);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.mediaType()).isEqualTo("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("consultation");
		assertThat(web.getJson("/api/v1/availability?service=" + swedish + "&from=2026-12-01&to=2026-12-02", token).status())
			.isEqualTo(422);
	}

	@Test
	void badInputIsA400ThatNamesTheField() {
		LocalDate day = practice.at(3, 0, 0).toLocalDate();
		assertField(web.getJson("/api/v1/availability?from=" + day + "&to=" + day, token), "service");
		assertField(web.getJson("/api/v1/availability?service=999999999&from=" + day + "&to=" + day, token), "service");
		assertField(web.getJson("/api/v1/availability?service=" + consultation + "&from=tomorrow&to=" + day, token), "from");
		assertField(web.getJson("/api/v1/availability?service=" + consultation + "&from=" + day + "&to=" + day.plusDays(92), token), "to");
		assertField(web.postJson("/api/v1/bookings", body(practice.at(-1, 10, 0), therapist), token), "start");
		assertField(web.postJson("/api/v1/bookings", body(practice.at(3, 10, 15), therapist), token), "start");
		assertField(web.postJson("/api/v1/bookings", "{\"service\":" + consultation + ",\"start\":\"2026-12-01T10:00:00\"}", token), "start");
		assertField(web.postJson("/api/v1/bookings", "{\"service\":\"x\",\"start\":\"2026-12-01T10:00:00Z\"}", token), "service");
		assertThat(web.getJson("/api/v1/availability?service=" + consultation + "&from=" + day + "&to=" + day.plusDays(91), token).status())
			.isEqualTo(200);
	}

	@Test
	void aTherapistWhoseLicenceHasExpiredIsNotOffered() {
		long lapsed = practice.therapist("Lapsing Therapist");
		jdbc.sql("update therapist_credentials set expires_on = :day where therapist_id = :id")
			.param("day", practice.at(4, 0, 0).toLocalDate())
			.param("id", lapsed)
			.update();
		LocalDate from = practice.at(3, 0, 0).toLocalDate();

		var slots = web.getJson("/api/v1/availability?service=" + consultation + "&from=" + from + "&to=" + from.plusDays(2)
				+ "&therapist=" + lapsed, token);

		List<String> days = new ArrayList<>();
		slots.json().get("slots").forEach(slot -> days.add(OffsetDateTime.parse(slot.get("start").asString()).toLocalDate().toString()));
		// L1: bookable on the expiry day itself, not after it
		assertThat(days).contains(from.toString(), from.plusDays(1).toString()).doesNotContain(from.plusDays(2).toString());
		var refused = book(practice.at(5, 10, 0), lapsed);
		assertThat(refused.status()).isEqualTo(409);
	}

	@Test
	void withoutATokenTheAvailabilityAndBookingsAre401() {
		assertThat(new WebSession(port).getJson("/api/v1/bookings", null).status()).isEqualTo(401);
		assertThat(new WebSession(port).postJson("/api/v1/bookings", "{}", null).status()).isEqualTo(401);
	}

	private WebSession.Response book(ZonedDateTime start, long who) {
		return web.postJson("/api/v1/bookings", body(start, who), token);
	}

	private String body(ZonedDateTime start, long who) {
		return "{\"service\":" + consultation + ",\"start\":\"" + start.toOffsetDateTime() + "\",\"therapist\":" + who + "}";
	}

	private String availability(LocalDate from, LocalDate to) {
		return "/api/v1/availability?service=" + consultation + "&from=" + from + "&to=" + to + "&therapist=" + therapist;
	}

	private static void assertField(WebSession.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("fieldErrors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static JsonNode find(JsonNode services, long id) {
		for (JsonNode service : services) {
			if (service.get("id").asLong() == id) {
				return service;
			}
		}
		throw new AssertionError("no service " + id + " in " + services);
	}
}
