package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class TokenApiTests {

	private static final String TOKENS = "/api/v1/auth/tokens";

	@LocalServerPort
	int port;

	@Test
	void givesTheAdminATokenThatSignsInToTheApi() {
		var api = new WebSession(port);

		var created = api.requestToken(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().path("token").asString();
		assertThat(token).isNotBlank();

		var me = api.getJson("/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("id").isIntegralNumber()).as(me.body()).isTrue();
		assertThat(me.json().path("id").asLong()).isPositive();
		assertThat(me.json().path("email").asString()).isEqualTo(TestData.ADMIN_EMAIL);
		assertThat(me.json().path("displayName").asString()).isEqualTo("Administrator");
		assertThat(roles(me.json())).containsExactly("ADMIN");
	}

	@Test
	void acceptsTheEmailAddressInAnyCase() {
		var api = new WebSession(port);

		assertThat(api.requestToken(TestData.ADMIN_EMAIL.toUpperCase(), TestData.ADMIN_PASSWORD).status())
			.isEqualTo(201);
	}

	@Test
	void answers401WithTheSameProblemForUnknownEmailAndWrongPassword() {
		var api = new WebSession(port);
		String email = TestData.email("wrong-password");
		api.registerConfirmed("Wanda", email, TestData.PASSWORD);

		var wrongPassword = api.requestToken(email, "not-the-password-at-all");
		var unknownEmail = api.requestToken(TestData.email("nobody"), "not-the-password-at-all");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.mediaType()).isEqualTo("application/problem+json");
		assertThat(unknownEmail.mediaType()).isEqualTo("application/problem+json");
		assertThat(wrongPassword.json().path("title").asString()).isEqualTo("Sign-in failed");
		assertThat(wrongPassword.json().path("detail").asString())
			.isEqualTo("That email and password don't match an account.");
		assertThat(unknownEmail.json()).isEqualTo(wrongPassword.json());
	}

	@Test
	void answers400WithFieldErrorsForAnInvalidEmail() {
		var api = new WebSession(port);

		var response = api.requestToken("not-an-address", TestData.PASSWORD);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(400);
		assertThat(fieldErrors(response.json())).containsExactly(
				Map.entry("email", "Enter your email address, like name@example.com"));
	}

	@Test
	void answers400WithFieldErrorsForAMissingPassword() {
		var api = new WebSession(port);

		var response = api.postJson(TOKENS, Map.of("email", TestData.email("no-password")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(fieldErrors(response.json())).containsExactly(Map.entry("password", "Enter your password"));
	}

	@Test
	void listsEveryInvalidFieldAtOnce() {
		var api = new WebSession(port);

		var response = api.postJson(TOKENS, "{\"email\": \"nope\", \"password\": \"  \"}", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(fieldErrors(response.json())).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("email", "password");
	}

	@Test
	void answers400ProblemForMalformedJson() {
		var api = new WebSession(port);

		var response = api.postJson(TOKENS, "{\"email\": \"someone@example.test\", \"password\": ", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "at org.", "tools.jackson");
	}

	@Test
	void answers415ProblemForAFormInsteadOfJson() {
		var api = new WebSession(port);

		var response = api.postWithoutCsrf(TOKENS,
				Map.of("email", TestData.ADMIN_EMAIL, "password", TestData.ADMIN_PASSWORD));

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(415);
	}

	@Test
	void answers403ForARegisteredClientWhoHasNotConfirmedTheEmailAddress() {
		var web = new WebSession(port);
		String email = TestData.email("unconfirmed-api");
		assertThat(web.register("Una", email, TestData.PASSWORD).location()).isEqualTo("/register/check-email");

		var response = web.requestToken(email, TestData.PASSWORD);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("title").asString()).isEqualTo("Email address not confirmed");
	}

	@Test
	void answers429WithRetryAfterAfterTenFailuresFromOneIpAddress() {
		var api = new WebSession(port);
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(api.requestToken(TestData.email("guess"), "guessed-password-" + attempt).status())
				.as("attempt %d", attempt)
				.isEqualTo(401);
		}

		// Even the right password for another account: the address is paused, not the account.
		var refused = api.requestToken(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.mediaType()).isEqualTo("application/problem+json");
		assertThat(refused.json().path("title").asString()).isEqualTo("Too many attempts");
		assertRetryAfterSeconds(refused);
		assertThat(new WebSession(port).requestToken(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD).status())
			.as("from another address")
			.isEqualTo(201);
	}

	@Test
	void answers429WithRetryAfterAfterTenFailuresForOneAccountFromDifferentIpAddresses() {
		String email = TestData.email("targeted");
		new WebSession(port).registerConfirmed("Tara", email, TestData.PASSWORD);
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(new WebSession(port).requestToken(email, "guessed-password-" + attempt).status())
				.as("attempt %d", attempt)
				.isEqualTo(401);
		}

		var refused = new WebSession(port).requestToken(email, TestData.PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().path("title").asString()).isEqualTo("Too many attempts");
		assertRetryAfterSeconds(refused);
	}

	@Test
	void forgetsTheFailuresOfAnAccountOnceItsOwnerSignsIn() {
		String email = TestData.email("forgetful");
		new WebSession(port).registerConfirmed("Fern", email, TestData.PASSWORD);
		failNineTimesFromDifferentAddresses(email);
		assertThat(new WebSession(port).requestToken(email, TestData.PASSWORD).status()).isEqualTo(201);

		failNineTimesFromDifferentAddresses(email);

		assertThat(new WebSession(port).requestToken(email, TestData.PASSWORD).status()).isEqualTo(201);
	}

	private void failNineTimesFromDifferentAddresses(String email) {
		for (int attempt = 1; attempt <= 9; attempt++) {
			assertThat(new WebSession(port).requestToken(email, "guessed-password-" + attempt).status())
				.as("attempt %d", attempt)
				.isEqualTo(401);
		}
	}

	static void assertRetryAfterSeconds(WebSession.Response response) {
		String retryAfter = response.header("Retry-After");
		assertThat(retryAfter).as("Retry-After").isNotNull().matches("\\d+");
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L + 1);
	}

	static List<String> roles(JsonNode me) {
		assertThat(me.path("roles").isArray()).as(me.toString()).isTrue();
		return me.path("roles").values().stream().map(JsonNode::asString).toList();
	}

	private static List<Map.Entry<String, String>> fieldErrors(JsonNode problem) {
		JsonNode errors = problem.path("fieldErrors");
		assertThat(errors.isArray()).as(problem.toString()).isTrue();
		return errors.values()
			.stream()
			.map(error -> Map.entry(error.path("field").asString(), error.path("message").asString()))
			.toList();
	}
}
