package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class SignInWebTests {

	private static final String NO_MATCH = "That email and password don't match an account";

	@LocalServerPort
	int port;

	@Test
	void signsInAndShowsTheAccountPage() {
		var web = new WebSession(port);
		String email = TestData.email("signs-in");
		web.registerConfirmed("Simone", email, TestData.PASSWORD);

		var signedIn = web.signIn(email, TestData.PASSWORD);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo("/account");
		var account = web.follow(signedIn);
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.text()).contains("Your account", "Simone", email);
	}

	@Test
	void sendsAWrongPasswordBackToTheFormWithTheTypedEmail() {
		var web = new WebSession(port);
		String email = TestData.email("typo");
		web.registerConfirmed("Tyler", email, TestData.PASSWORD);

		var failed = web.signIn(email, "not-my-password-at-all");

		assertThat(failed.status()).isEqualTo(302);
		assertThat(failed.location()).isEqualTo("/sign-in?error");
		var form = web.follow(failed);
		assertThat(form.text()).contains(NO_MATCH);
		assertThat(form.inputValue("email")).isEqualTo(email);
		assertThat(form.inputValue("password")).isEmpty();
	}

	@Test
	void answersAnUnknownEmailExactlyLikeAWrongPassword() {
		var web = new WebSession(port);
		String email = TestData.email("stranger");

		var failed = web.signIn(email, "not-my-password-at-all");

		assertThat(failed.location()).isEqualTo("/sign-in?error");
		var form = web.follow(failed);
		assertThat(form.text()).contains(NO_MATCH);
		assertThat(form.inputValue("email")).isEqualTo(email);
	}

	@Test
	void asksAnUnconfirmedClientToConfirmTheAddressFirst() {
		var web = new WebSession(port);
		String email = TestData.email("not-yet");
		web.register("Nia", email, TestData.PASSWORD);

		var refused = web.signIn(email, TestData.PASSWORD);

		assertThat(refused.location()).isEqualTo("/sign-in?unconfirmed");
		assertThat(web.follow(refused).text()).contains("Please confirm your email address first")
			.doesNotContain(NO_MATCH);
	}

	@Test
	void answers429WithRetryAfterAfterTenFailedSignInsFromOneIpAddress() {
		var web = new WebSession(port);
		for (int attempt = 1; attempt <= 10; attempt++) {
			var failed = web.signIn(TestData.email("guess"), "guessed-password-" + attempt);
			assertThat(failed.location()).as("attempt %d", attempt).isEqualTo("/sign-in?error");
		}

		var refused = web.signIn(TestData.email("guess"), "guessed-password-11");

		assertThat(refused.status()).isEqualTo(429);
		TokenApiTests.assertRetryAfterSeconds(refused);
		assertThat(refused.mediaType()).isEqualTo("text/html");
		assertThat(refused.text()).contains("Too many attempts");
	}

	@Test
	void pausesSignInToAnAccountAfterTenFailuresFromDifferentIpAddresses() {
		String email = TestData.email("besieged");
		new WebSession(port).registerConfirmed("Bea", email, TestData.PASSWORD);
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(new WebSession(port).signIn(email, "guessed-password-" + attempt).location())
				.as("attempt %d", attempt)
				.isEqualTo("/sign-in?error");
		}

		var refused = new WebSession(port).signIn(email, TestData.PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		TokenApiTests.assertRetryAfterSeconds(refused);
		assertThat(refused.text()).contains("Too many attempts");
	}

	@Test
	void forgetsTheFailuresOfAnAccountOnceItsOwnerSignsIn() {
		String email = TestData.email("recovers");
		new WebSession(port).registerConfirmed("Rae", email, TestData.PASSWORD);
		failNineTimesFromDifferentAddresses(email);
		assertThat(new WebSession(port).signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");

		failNineTimesFromDifferentAddresses(email);

		assertThat(new WebSession(port).signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() {
		var web = new WebSession(port);

		var refused = web.postWithoutCsrf("/sign-in",
				Map.of("email", TestData.ADMIN_EMAIL, "password", TestData.ADMIN_PASSWORD));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(web.get("/account").location()).as("still signed out").endsWith("/sign-in");
	}

	@Test
	void givesANewSessionOnSignInSoThatAnEarlierSessionIdIsWorthless() {
		var web = new WebSession(port);
		String email = TestData.email("fixation");
		web.registerConfirmed("Fay", email, TestData.PASSWORD);
		web.get("/sign-in");
		String before = web.cookie("BACKCARE_SESSION");
		assertThat(before).as("a session for the CSRF token of the form").isNotNull();

		web.post("/sign-in", Map.of("email", email, "password", TestData.PASSWORD));

		assertThat(web.cookie("BACKCARE_SESSION")).isNotNull().isNotEqualTo(before);
		assertThat(web.get("/account").status()).isEqualTo(200);
		var planted = new WebSession(port);
		planted.useCookie("BACKCARE_SESSION", before);
		assertThat(planted.get("/account").location()).endsWith("/sign-in");
	}

	@Test
	void signsOutAndTheOldSessionCookieNoLongerSignsIn() {
		var web = new WebSession(port);
		String email = TestData.email("leaving");
		web.registerConfirmed("Lou", email, TestData.PASSWORD);
		web.signIn(email, TestData.PASSWORD);
		String signedIn = web.cookie("BACKCARE_SESSION");
		web.get("/account");

		var signedOut = web.post("/sign-out");

		assertThat(signedOut.location()).isEqualTo("/?signed-out");
		assertThat(web.get("/account").location()).endsWith("/sign-in");
		var replay = new WebSession(port);
		replay.useCookie("BACKCARE_SESSION", signedIn);
		assertThat(replay.get("/account").location()).endsWith("/sign-in");
	}

	@Test
	void showsATypedEmailBackAsTextNotAsMarkup() {
		var web = new WebSession(port);
		String typed = "<script>alert(1)</script>\"@example.test";

		var form = web.follow(web.signIn(typed, "whatever-password"));

		assertThat(form.body()).doesNotContain("<script>alert(1)</script>");
		assertThat(form.inputValue("email")).isEqualTo(typed);
	}

	@Test
	void sendsAVisitorWhoIsNotSignedInFromTheAccountPageToTheSignInForm() {
		var response = new WebSession(port).get("/account");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/sign-in");
	}

	private void failNineTimesFromDifferentAddresses(String email) {
		for (int attempt = 1; attempt <= 9; attempt++) {
			assertThat(new WebSession(port).signIn(email, "guessed-password-" + attempt).location())
				.as("attempt %d", attempt)
				.isEqualTo("/sign-in?error");
		}
	}
}
