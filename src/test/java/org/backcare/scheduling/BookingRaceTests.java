package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many clients, one slot, real HTTP requests released at the same moment: the database lets exactly one in. */
@BackCareTest
class BookingRaceTests {

	private static final int CLIENTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyClientsBookingTheSameSlotAtOnceGetOne201AndFortyNine409s() throws Exception {
		var practice = TestPractice.in(jdbc, ZoneId.of("Europe/Berlin"));
		long therapist = practice.therapist("Rana Race");
		long service = TestPractice.consultation(jdbc);
		String body = "{\"service\":" + service + ",\"start\":\"" + practice.at(7, 11, 0).toOffsetDateTime() + "\",\"therapist\":"
				+ therapist + "}";
		List<String> tokens = tokens(CLIENTS);

		List<Callable<Integer>> attempts = new ArrayList<>();
		for (String token : tokens) {
			attempts.add(() -> new WebSession(port).postJson("/api/v1/bookings", body, token).status());
		}
		List<Integer> statuses = Together.run(attempts);

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(CLIENTS - 1);
		assertThat(booked(therapist)).isEqualTo(1);
	}

	@Test
	void overlappingSessionsOfDifferentLengthsBookedAtOnceLeaveOneOfThem() throws Exception {
		var practice = TestPractice.in(jdbc, ZoneId.of("America/Chicago"));
		long therapist = practice.therapist("Lena Lengths");
		long half = TestPractice.service(jdbc, Technique.HIP_AND_GLUTE, 30, null, true);
		long hour = TestPractice.consultation(jdbc);
		long long90 = TestPractice.service(jdbc, Technique.LOMILOMI, 90, null, true);
		ZonedDateTime nine = practice.at(8, 9, 0);
		// 09:00-10:30, 09:30-10:30 and 10:00-10:30 all overlap
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			bodies.add(body(long90, nine, therapist));
			bodies.add(body(hour, nine.plusMinutes(30), therapist));
			bodies.add(body(half, nine.plusMinutes(60), therapist));
		}
		List<String> tokens = tokens(bodies.size());

		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int i = 0; i < bodies.size(); i++) {
			String body = bodies.get(i);
			String token = tokens.get(i);
			attempts.add(() -> new WebSession(port).postJson("/api/v1/bookings", body, token).status());
		}
		List<Integer> statuses = Together.run(attempts);

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(bodies.size() - 1);
		assertThat(booked(therapist)).isEqualTo(1);
	}

	private static String body(long service, ZonedDateTime start, long therapist) {
		return "{\"service\":" + service + ",\"start\":\"" + start.toOffsetDateTime() + "\",\"therapist\":" + therapist + "}";
	}

	private List<String> tokens(int count) {
		var web = new WebSession(port);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = TestData.email("racer");
			TestPractice.client(jdbc, email);
			tokens.add(web.token(email, TestData.PASSWORD));
		}
		return tokens;
	}

	private long booked(long therapist) {
		return jdbc.sql("select count(*) from bookings where therapist_id = :therapist and status = 'BOOKED'")
			.param("therapist", therapist)
			.query(Long.class)
			.single();
	}
}
