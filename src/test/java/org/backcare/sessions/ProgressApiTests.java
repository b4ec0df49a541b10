package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ProgressApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientReadsTheirSeriesResponderStatusAndReviewState() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Ada Api");
		var therapist = practice.therapist("Tess Therapist");
		practice.withApprovedPlan(client, therapist);
		long first = practice.session(client, therapist, 14, 7, 5);
		long last = practice.session(client, therapist, 7, 4, 3);
		practice.psfs(client, first, 14, 3, 4);
		practice.psfs(client, last, 7, 6, 6);
		var api = new WebSession(port);

		var mine = api.getJson("/api/v1/me/progress", api.token(client.email(), TestData.PASSWORD));

		assertThat(mine.status()).isEqualTo(200);
		var json = mine.json();
		assertThat(json.get("timeZone").asString()).isEqualTo("America/Chicago");
		assertThat(json.get("baseline").asInt()).isEqualTo(7);
		assertThat(json.get("nprs")).hasSize(2);
		assertThat(json.get("nprs").get(0).get("value").asInt()).isEqualTo(7);
		assertThat(json.get("nprs").get(0).get("bookingId").asLong()).isEqualTo(first);
		assertThat(json.get("nprs").get(0).get("source").asString()).isEqualTo("SESSION");
		assertThat(json.get("nprs").get(0).get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(json.get("weeklyAverages").size()).isBetween(2, 3);
		assertThat(json.get("psfs").get(1).get("mean").asDouble()).isEqualTo(6.0);
		assertThat(json.get("psfs").get(0).get("ratings").get(1).asInt()).isEqualTo(4);
		assertThat(json.get("responder").get("status").asString()).isEqualTo("RESPONDER");
		assertThat(json.get("responder").get("reasons").get(0).get("rule").asString()).isEqualTo("O3");
		assertThat(json.get("review").get("state").asString()).isEqualTo("ON_TRACK");
		assertThat(practice.audited(client, "progress.viewed")).isEqualTo(1);
	}

	@Test
	void aClientsProgressIsOpenToTheirTherapistAndTheAdminAndA404ProblemToAnyoneElse() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Cleo Client");
		var therapist = practice.therapist("Tara Therapist");
		practice.withApprovedPlan(client, therapist);
		practice.session(client, therapist, 3, 6, 5);
		var stranger = practice.therapist("Sam Stranger");
		var otherClient = practice.client("Otto Other");
		var api = new WebSession(port);
		String path = "/api/v1/clients/" + client.id() + "/progress";

		var theirs = api.getJson(path, api.token(therapist.email(), TestData.PASSWORD));
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.json().get("clientId").asLong()).isEqualTo(client.id());
		assertThat(theirs.json().get("responder").get("status").asString()).isEqualTo("TOO_EARLY");
		assertThat(api.getJson(path, api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD)).status()).isEqualTo(200);
		for (var nobody : new ProgressPractice.Person[] { stranger, otherClient }) {
			var refused = api.getJson(path, api.token(nobody.email(), TestData.PASSWORD));
			assertThat(refused.status()).isEqualTo(404);
			assertThat(refused.mediaType()).isEqualTo("application/problem+json");
		}
		assertThat(api.getJson("/api/v1/clients/" + therapist.id() + "/progress", api.token(therapist.email(), TestData.PASSWORD))
			.status()).isEqualTo(404);
		assertThat(api.getJson("/api/v1/me/progress", api.token(therapist.email(), TestData.PASSWORD)).status()).isEqualTo(404);
		assertThat(api.getJson(path, null).status()).isEqualTo(401);
		assertThat(practice.audited(client, "progress.viewed")).isEqualTo(2);
	}
}
