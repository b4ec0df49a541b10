package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.notifications.MailboxIntegrationTests.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@BackCareTest
class MailApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Test
	void listsTheMessagesToTheWholeAddressInAnyCaseNewestFirst() {
		String email = TestData.email("api-mail");
		long older = outbox.add(new Message(email.toUpperCase(), "Older", "Older text", "<p>Older html</p>",
				Map.of("X-BackCare-Mail", "api-test")));
		long newer = outbox.add(new Message(email, "Newer", "Newer text", null, Map.of()));
		outbox.add(new Message("also-" + email, "Not to this address", "Other text", null, Map.of()));
		var api = new Visitor(port);

		var response = api.getJson("/api/v1/admin/mail?to=" + encode(mixedCase(email)), adminToken(api));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(mediaType(response)).isEqualTo("application/json");
		JsonNode mails = JSON.readTree(response.body());
		assertThat(mails.isArray()).isTrue();
		assertThat(mails.size()).isEqualTo(2);
		assertThat(mails.get(0).path("id").asLong()).isEqualTo(newer);
		assertThat(mails.get(1).path("id").asLong()).isEqualTo(older);

		JsonNode first = mails.get(0);
		assertThat(first.path("to").asString()).isEqualTo(email);
		assertThat(first.path("subject").asString()).isEqualTo("Newer");
		assertThat(first.path("headers").isObject()).isTrue();
		assertThat(first.path("headers").size()).isZero();
		assertThat(first.path("text").asString()).isEqualTo("Newer text");
		assertThat(first.path("html").isNull()).as("no HTML part").isTrue();
		assertThat(first.path("status").asString()).isIn("PENDING", "SENT");
		assertThat(Instant.parse(first.path("createdAt").asString())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

		JsonNode second = mails.get(1);
		assertThat(second.path("to").asString()).isEqualTo(email.toUpperCase());
		assertThat(second.path("subject").asString()).isEqualTo("Older");
		assertThat(second.path("headers").path("X-BackCare-Mail").asString()).isEqualTo("api-test");
		assertThat(second.path("text").asString()).isEqualTo("Older text");
		assertThat(second.path("html").asString()).isEqualTo("<p>Older html</p>");
		assertThat(second.path("status").asString()).isIn("PENDING", "SENT");
		assertThat(Instant.parse(second.path("createdAt").asString())).isBeforeOrEqualTo(Instant.parse(first.path("createdAt").asString()));
	}

	@Test
	void answers400WithAProblemWhenTheAddressIsMissing() {
		var api = new Visitor(port);

		var response = api.getJson("/api/v1/admin/mail", adminToken(api));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(mediaType(response)).isEqualTo("application/problem+json");
		assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(400);
	}

	@Test
	void refusesTheMailboxToAClient() {
		String email = TestData.email("api-client");
		var client = new Visitor(port);
		client.submit("/register", "/register", Map.of("displayName", "Cal", "email", email, "password", TestData.PASSWORD));
		String link = TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/");
		assertThat(Visitor.location(client.submit(link, link, Map.of()))).isEqualTo("/sign-in?confirmed");

		var response = client.getJson("/api/v1/admin/mail?to=" + encode(email), token(client, email, TestData.PASSWORD));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(mediaType(response)).isEqualTo("application/problem+json");
		assertThat(response.body()).doesNotContain("Confirm your email address");
	}

	@Test
	void asksForATokenWithoutOne() {
		var response = new Visitor(port).getJson("/api/v1/admin/mail?to=" + encode(TestData.ADMIN_EMAIL), null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private static String adminToken(Visitor api) {
		return token(api, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
	}

	private static String token(Visitor api, String email, String password) {
		var created = api.postJson("/api/v1/auth/tokens",
				JSON.writeValueAsString(Map.of("email", email, "password", password)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).path("token").asString();
	}

	private static String mixedCase(String email) {
		int at = email.indexOf('@');
		return Character.toUpperCase(email.charAt(0)) + email.substring(1, at) + email.substring(at).toUpperCase();
	}

	private static String mediaType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").map(type -> type.split(";", 2)[0].strip()).orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
