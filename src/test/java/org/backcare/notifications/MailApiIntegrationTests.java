package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class MailApiIntegrationTests {

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
		var api = new WebSession(port);

		var response = api.getJson("/api/v1/admin/mail?to=" + encode(mixedCase(email)), adminToken(api));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.mediaType()).isEqualTo("application/json");
		JsonNode mails = response.json();
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
		var api = new WebSession(port);

		var response = api.getJson("/api/v1/admin/mail", adminToken(api));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(400);
	}

	@Test
	void refusesTheMailboxToAClient() {
		String email = TestData.email("api-client");
		var client = new WebSession(port);
		client.submit("/register", "/register", Map.of("displayName", "Cal", "email", email, "password", TestData.PASSWORD));
		String link = TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/");
		assertThat(client.submit(link, link, Map.of()).location()).isEqualTo("/sign-in?confirmed");

		var response = client.getJson("/api/v1/admin/mail?to=" + encode(email), token(client, email, TestData.PASSWORD));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.body()).doesNotContain("Confirm your email address");
	}

	@Test
	void asksForATokenWithoutOne() {
		var response = new WebSession(port).getJson("/api/v1/admin/mail?to=" + encode(TestData.ADMIN_EMAIL), null);

		assertThat(response.status()).isEqualTo(401);
	}

	private static String adminToken(WebSession api) {
		return token(api, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
	}

	private static String token(WebSession api, String email, String password) {
		return api.token(email, password);
	}

	private static String mixedCase(String email) {
		int at = email.indexOf('@');
		return Character.toUpperCase(email.charAt(0)) + email.substring(1, at) + email.substring(at).toUpperCase();
	}


	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
