package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class BouncesApiTests {

	private static final String PATH = "/api/v1/admin/newsletter/bounces";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	SubscriberRows rows;

	WebSession api;

	String adminToken;

	@BeforeEach
	void setUp() {
		rows = new SubscriberRows(jdbc);
		api = new WebSession(port);
		adminToken = api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
	}

	@Test
	void aHardBounceStopsMailToTheAddressAndARetryChangesNothing() {
		String email = TestData.email("api-bounce");
		long id = rows.add(email, "Ola", SubscriberStatus.CONFIRMED, Interest.SELF_CARE);

		var first = report(Map.of("email", email.toUpperCase(), "kind", "HARD_BOUNCE", "reason", "550 mailbox unavailable"));
		var retry = report(Map.of("email", email, "kind", "COMPLAINT", "reason", "later"));

		assertThat(first.status()).as(first.body()).isEqualTo(204);
		assertThat(retry.status()).isEqualTo(204);
		assertThat(rows.row(id)).containsEntry("status", "BOUNCED")
			.containsEntry("bounce_reason", "hard bounce: 550 mailbox unavailable");
		assertThat(rows.audited(id)).as("one mark, audited once").containsExactly("newsletter-subscriber.hard-bounce");
	}

	@Test
	void aComplaintMarksTheAddressBounced() {
		String email = TestData.email("api-complaint");
		long id = rows.add(email, null, SubscriberStatus.PENDING);

		assertThat(report(Map.of("email", email, "kind", "COMPLAINT")).status()).isEqualTo(204);

		assertThat(rows.row(id)).containsEntry("status", "BOUNCED").containsEntry("bounce_reason", "complaint");
	}

	@Test
	void reportsArrivingTogetherMarkTheAddressOnce() throws Exception {
		String email = TestData.email("api-race");
		long id = rows.add(email, "Rae", SubscriberStatus.CONFIRMED);
		List<Callable<Integer>> reports = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String kind = i % 2 == 0 ? "HARD_BOUNCE" : "COMPLAINT";
			reports.add(() -> report(Map.of("email", email, "kind", kind)).status());
		}

		assertThat(Together.run(reports)).containsOnly(204);

		assertThat(rows.row(id)).containsEntry("status", "BOUNCED");
		assertThat(rows.audited(id)).hasSize(1);
	}

	@Test
	void anUnknownAddressIsNotFound() {
		var answer = report(Map.of("email", TestData.email("api-nobody"), "kind", "HARD_BOUNCE"));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
		assertThat(answer.json().path("title").asString()).isEqualTo("Unknown address");
	}

	@Test
	void aMissingEmailOrAnUnknownKindIsRefusedNamingTheFields() {
		String email = TestData.email("api-bad");
		long id = rows.add(email, "Pia", SubscriberStatus.CONFIRMED);

		var badKind = report(Map.of("email", email, "kind", "SOFT_BOUNCE"));
		var nothing = api.postJson(PATH, "{}", adminToken);
		var longReason = report(Map.of("email", email, "kind", "COMPLAINT", "reason", "x".repeat(401)));

		assertThat(badKind.status()).isEqualTo(422);
		assertThat(badKind.mediaType()).isEqualTo("application/problem+json");
		assertThat(fields(badKind)).containsExactly("kind");
		assertThat(fields(nothing)).containsExactly("email", "kind");
		assertThat(fields(longReason)).containsExactly("reason");
		assertThat(rows.row(id)).containsEntry("status", "CONFIRMED");
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequest() {
		var answer = api.postJson(PATH, "{\"email\": ", adminToken);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
	}

	@Test
	void needsAnAdminsToken() {
		String email = TestData.email("api-guard");
		long id = rows.add(email, "Quin", SubscriberStatus.CONFIRMED);
		String clientEmail = TestData.email("api-guard-client");
		WebSession.signedInClient(port, "Cal Client", clientEmail);
		String clientToken = new WebSession(port).token(clientEmail, TestData.PASSWORD);
		String body = WebSession.JSON.writeValueAsString(Map.of("email", email, "kind", "HARD_BOUNCE"));

		assertThat(api.postJson(PATH, body, null).status()).isEqualTo(401);
		assertThat(api.postJson(PATH, body, clientToken).status()).isEqualTo(403);
		assertThat(rows.row(id)).containsEntry("status", "CONFIRMED");
	}

	private WebSession.Response report(Map<String, String> body) {
		return api.postJson(PATH, WebSession.JSON.writeValueAsString(body), adminToken);
	}

	private static List<String> fields(WebSession.Response answer) {
		List<String> fields = new ArrayList<>();
		answer.json().path("fieldErrors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
