package org.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Client B's ids on every clinical URL and API, tried by client A, by therapist T (who treats A, never B) and by
 * a visitor who has not signed in. A and T get a 404, exactly as for an id that does not exist, so nothing tells
 * them B's record is there; an area their role cannot enter at all (the therapist's or admin's pages) answers
 * the same 403 for every id. The visitor is sent to sign in (the API: 401). To cover a new URL, add one line to
 * {@link #ROUTES}: placeholders {client}, {email}, {plan}, {consultation}, {booking}, {waitlist} are B's.
 */
@BackCareTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossClientAccessTests {

	/** A URL that reads or changes a client's records; form fields in pairs, for a POST. */
	record Route(String method, String path, boolean api, List<String> form) {

		static Route web(String method, String path, String... form) {
			return new Route(method, path, false, Arrays.asList(form));
		}

		static Route api(String method, String path) {
			return new Route(method, path, true, List.of());
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final List<Route> ROUTES = List.of(
			Route.web("GET", "/therapist/plans/{plan}"),
			Route.web("POST", "/therapist/plans/{plan}/changes", "version", "1", "pressureMax", "2", "reason", "Lighter"),
			Route.web("POST", "/therapist/plans/{plan}/approval", "version", "1"),
			Route.web("GET", "/therapist/clearances/{consultation}"),
			Route.web("POST", "/therapist/clearances/{consultation}", "clearedBy", "Dr Smith", "clearedOn", "2026-01-05", "note", "Fine"),
			Route.web("GET", "/therapist/clearances/{consultation}/letter"),
			Route.web("POST", "/account/bookings/{booking}/cancel"),
			Route.web("POST", "/account/bookings/{booking}/confirm"),
			Route.web("POST", "/account/bookings/{booking}/decline"),
			Route.web("POST", "/account/waitlist/{waitlist}/withdraw"),
			Route.web("GET", "/admin/clients/{client}/bookings"),
			Route.web("GET", "/admin/accounts/{client}/erase"),
			Route.web("POST", "/admin/accounts/{client}/erase", "email", "{email}"),
			Route.web("GET", "/admin/audit?client={client}"),
			Route.web("GET", "/therapist/sessions/{booking}"),
			Route.web("POST", "/therapist/sessions/{booking}", "version", "0", "painBefore", "4"),
			Route.web("POST", "/therapist/sessions/{booking}/signature"),
			Route.web("POST", "/therapist/sessions/{booking}/addenda", "text", "Added later"),
			Route.web("GET", "/admin/sessions/{booking}"),
			Route.web("GET", "/therapist/clients/{client}/progress"),
			Route.web("GET", "/therapist/clients/{client}/progress/report.pdf"),
			Route.web("POST", "/therapist/clients/{client}/progress/review", "decision", "CONTINUE", "note", "Fine"),
			Route.api("GET", "/api/v1/bookings/{booking}"),
			Route.api("DELETE", "/api/v1/bookings/{booking}"),
			Route.api("GET", "/api/v1/sessions/{booking}/record"),
			Route.api("POST", "/api/v1/sessions/{booking}/record/signature"),
			Route.api("POST", "/api/v1/sessions/{booking}/record/addenda"),
			Route.api("GET", "/api/v1/clients/{client}/progress"));

	private static final String MISSING = "999999999";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Map<String, String> bees;

	Map<String, String> nobodys;

	WebSession clientA;

	String tokenA;

	WebSession therapistT;

	String tokenT;

	long planA;

	long bookingA;

	@BeforeAll
	void twoClientsAndATherapistWhoTreatsOnlyA() {
		String emailA = TestData.email("client-a");
		String emailB = TestData.email("client-b");
		String emailT = TestData.email("therapist-t");
		String emailT2 = TestData.email("therapist-t2");
		clientA = WebSession.signedInClient(port, "Alma Mine", emailA);
		var clientB = WebSession.signedInClient(port, "Bea Other", emailB);
		therapistT = WebSession.signedInTherapist(port, "Tess Treats-A", emailT);
		var therapistT2 = WebSession.signedInTherapist(port, "Uma Treats-B", emailT2);
		tokenA = clientA.token(emailA, TestData.PASSWORD);
		tokenT = therapistT.token(emailT, TestData.PASSWORD);

		planA = approvedPlan(clientA, "Alma Mine", emailA, therapistT);
		long planB = approvedPlan(clientB, "Bea Other", emailB, therapistT2);
		var sessions = new TestSessions(jdbc);
		long t = id(emailT);
		long t2 = id(emailT2);
		sessions.profile(t);
		sessions.profile(t2);
		long service = sessions.service("Cross-client check", 60);
		Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		bookingA = sessions.book(id(emailA), t, sessions.place(ZoneId.of("America/Chicago")), service, nextWeek, Duration.ofHours(1));
		long bookingB = sessions.book(id(emailB), t2, sessions.place(ZoneId.of("America/Chicago")), service, nextWeek, Duration.ofHours(1));
		long waitlistB = jdbc.sql("""
				insert into waitlist_entries (client_id, service_id, from_day, to_day)
				values (?, ?, current_date + 1, current_date + 5) returning id""")
			.params(id(emailB), service)
			.query(Long.class)
			.single();
		long consultationB = jdbc.sql("select consultation_id from care_plans where id = ?").param(planB).query(Long.class).single();
		bees = Map.of("client", String.valueOf(id(emailB)), "email", emailB, "plan", String.valueOf(planB), "consultation",
				String.valueOf(consultationB), "booking", String.valueOf(bookingB), "waitlist", String.valueOf(waitlistB));
		nobodys = Map.of("client", MISSING, "email", TestData.email("nobody"), "plan", MISSING, "consultation", MISSING,
				"booking", MISSING, "waitlist", MISSING);
	}

	@Test
	void clientAGetsNotFoundForEveryRecordOfB() {
		triedBy(clientA, tokenA, "CLIENT");
	}

	@Test
	void therapistTWhoTreatsOnlyAGetsNotFoundForEveryRecordOfB() {
		triedBy(therapistT, tokenT, "THERAPIST");
	}

	@Test
	void aVisitorWhoHasNotSignedInIsSentToSignIn() {
		var visitor = new WebSession(port);
		visitor.get("/sign-in");
		var soft = new SoftAssertions();
		for (Route route : ROUTES) {
			var response = send(visitor, null, route, bees);
			if (route.api()) {
				soft.assertThat(response.status()).as(route.toString()).isEqualTo(401);
			}
			else {
				soft.assertThat(response.location()).as(route.toString()).isEqualTo("/sign-in");
			}
			soft.assertThat(response.body()).as(route.toString()).doesNotContain("Bea Other", bees.get("email"));
		}
		soft.assertAll();
	}

	/** The routes are real: with A's own ids, A's therapist and A get the record. */
	@Test
	void theSameUrlsOpenForTheClientAndTheirTherapist() {
		assertThat(therapistT.get("/therapist/plans/" + planA).status()).isEqualTo(200);
		assertThat(clientA.getJson("/api/v1/bookings/" + bookingA, tokenA).status()).isEqualTo(200);
	}

	private void triedBy(WebSession session, String token, String role) {
		session.get("/account");
		var soft = new SoftAssertions();
		for (Route route : ROUTES) {
			var forB = send(session, token, route, bees);
			var forNobody = send(session, token, route, nobodys);
			int expected = closedTo(role, route) ? 403 : 404;
			soft.assertThat(forB.status()).as(route + " as " + role).isEqualTo(expected);
			soft.assertThat(forB.status()).as(route + " as " + role + ", as for an id that does not exist").isEqualTo(forNobody.status());
			soft.assertThat(forB.body()).as(route + " as " + role).doesNotContain("Bea Other", bees.get("email"));
		}
		soft.assertAll();
	}

	/** Whether the role may not enter the URL's area at all, whatever the id. */
	private static boolean closedTo(String role, Route route) {
		// a client's progress is under /therapist/clients/ but open to any signed-in account: the controller answers 404
		boolean progress = route.path().startsWith("/therapist/clients/");
		return route.path().startsWith("/admin/") || route.path().startsWith("/therapist/") && !progress && !"THERAPIST".equals(role);
	}

	private static WebSession.Response send(WebSession session, String token, Route route, Map<String, String> ids) {
		String path = fill(route.path(), ids);
		if (route.api()) {
			switch (route.method()) {
				case "DELETE":
					return session.deleteJson(path, token);
				case "POST":
					return session.postJson(path, "{\"text\":\"Added later\"}", token);
				default:
					return session.getJson(path, token);
			}
		}
		if ("GET".equals(route.method())) {
			return session.get(path);
		}
		List<String> form = new ArrayList<>();
		route.form().forEach(value -> form.add(fill(value, ids)));
		return session.post(path, form);
	}

	private static String fill(String template, Map<String, String> ids) {
		String filled = template;
		for (var id : ids.entrySet()) {
			filled = filled.replace("{" + id.getKey() + "}", id.getValue());
		}
		return filled;
	}

	private long approvedPlan(WebSession client, String name, String email, WebSession therapist) {
		TestConsultations.submitChronicDeskWorker(client, name);
		long plan = jdbc.sql("select id from care_plans where client_id = ?").param(id(email)).query(Long.class).single();
		therapist.get("/therapist/plans/" + plan);
		assertThat(therapist.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
		return plan;
	}

	private long id(String email) {
		return jdbc.sql("select id from accounts where email = ?").param(email).query(Long.class).single();
	}
}
