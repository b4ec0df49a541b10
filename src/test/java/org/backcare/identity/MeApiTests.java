package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class MeApiTests {

	private static final String ME = "/api/v1/me";

	private static final String TOKEN_ON_PAGE = "<code>([A-Za-z0-9_-]{20,})</code>";

	private static final String REVOKE_ACTION = "action=\"/account/tokens/(\\d+)/revoke\"";

	@LocalServerPort
	int port;

	@Test
	void answers401ProblemWithoutAToken() {
		var response = new WebSession(port).getJson(ME, null);

		assertUnauthorizedProblem(response);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void answers401ProblemForAMadeUpToken() {
		var response = new WebSession(port).getJson(ME, "made-up-token-that-nobody-was-given");

		assertUnauthorizedProblem(response);
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void describesTheClientWhoseTokenWasCreatedOnTheAccountPage() {
		String email = TestData.email("tokens");
		var web = WebSession.signedInClient(port, "Tomasz", email);

		String token = createTokenOnAccountPage(web, "My calendar app");

		var me = web.getJson(ME, token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("email").asString()).isEqualTo(email);
		assertThat(me.json().path("displayName").asString()).isEqualTo("Tomasz");
		assertThat(TokenApiTests.roles(me.json())).containsExactly("CLIENT");
		var account = web.get("/account");
		assertThat(account.text()).contains("My calendar app");
		assertThat(account.body()).as("the token is shown only once").doesNotContain(token);
	}

	@Test
	void refusesATokenOnceItIsRevokedOnTheAccountPage() {
		var web = WebSession.signedInClient(port, "Rita", TestData.email("revoke"));
		String token = createTokenOnAccountPage(web, "Old phone");
		assertThat(web.getJson(ME, token).status()).isEqualTo(200);
		String tokenId = web.get("/account").find(REVOKE_ACTION);

		var revoked = web.post("/account/tokens/" + tokenId + "/revoke");

		assertThat(revoked.status()).isEqualTo(302);
		assertThat(web.follow(revoked).text()).contains("The token was revoked").contains("You have no active tokens");
		assertUnauthorizedProblem(web.getJson(ME, token));
	}

	@Test
	void doesNotLetAnotherAccountRevokeSomeoneElsesToken() {
		var owner = WebSession.signedInClient(port, "Olga", TestData.email("owner"));
		String token = createTokenOnAccountPage(owner, "Owner's app");
		String tokenId = owner.get("/account").find(REVOKE_ACTION);
		var stranger = WebSession.signedInClient(port, "Stan", TestData.email("stranger"));
		stranger.get("/account");

		var attempt = stranger.post("/account/tokens/" + tokenId + "/revoke");

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(owner.getJson(ME, token).status()).isEqualTo(200);
	}

	@Test
	void refusesTheAdminMailboxToAClientsToken() {
		var web = new WebSession(port);
		String email = TestData.email("nosy");
		web.registerConfirmed("Nosy", email, TestData.PASSWORD);
		String token = web.token(email, TestData.PASSWORD);

		var response = web.getJson("/api/v1/admin/mail?to=" + email, token);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(403);
	}

	@Test
	void refusesTheAdminMailboxWithoutAToken() {
		var response = new WebSession(port).getJson("/api/v1/admin/mail?to=" + TestData.ADMIN_EMAIL, null);

		assertUnauthorizedProblem(response);
	}

	@Test
	void opensTheAdminMailboxToAnAdminsToken() {
		var api = new WebSession(port);
		String token = api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var response = api.getJson("/api/v1/admin/mail?to=" + TestData.email("nobody"), token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().isArray()).isTrue();
	}

	@Test
	void answers404ProblemForAnUnknownApiPathWithAValidToken() {
		var api = new WebSession(port);
		String token = api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var response = api.getJson("/api/v1/no-such-thing", token);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(404);
		assertThat(response.json().path("instance").asString()).isEqualTo("/api/v1/no-such-thing");
	}

	@Test
	void answers405ProblemForAMethodTheApiDoesNotOffer() {
		var api = new WebSession(port);
		String token = api.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var response = api.postJson(ME, "{}", token);

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(405);
	}

	@Test
	void refusesATokenNameThatIsBlankOnTheAccountPage() {
		var web = WebSession.signedInClient(port, "Bea", TestData.email("blank-token"));
		web.get("/account");

		var refused = web.post("/account/tokens", Map.of("name", "  "));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Give the token a name").contains("You have no active tokens");
	}

	private static String createTokenOnAccountPage(WebSession web, String name) {
		web.get("/account");
		var created = web.post("/account/tokens", Map.of("name", name));
		assertThat(created.location()).startsWith("/account");
		String token = web.follow(created).find(TOKEN_ON_PAGE);
		assertThat(token).as("the new token on the account page").isNotNull();
		return token;
	}

	private static void assertUnauthorizedProblem(WebSession.Response response) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(401);
		assertThat(response.json().path("title").asString()).isEqualTo("Unauthorized");
	}
}
