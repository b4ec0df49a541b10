package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class RegistrationWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAndAsksToCheckTheInbox() {
		var web = new WebSession(port);

		var registered = web.register("Sam", TestData.email("sam"), TestData.PASSWORD);

		assertThat(registered.status()).isEqualTo(302);
		assertThat(registered.location()).isEqualTo("/register/check-email");
		assertThat(web.follow(registered).text()).contains("Check your inbox");
	}

	@Test
	void answers409ForAnAddressThatAlreadyHasAnAccount() {
		String email = TestData.email("twice");
		new WebSession(port).register("First", email, TestData.PASSWORD);

		var again = new WebSession(port).register("Second", email.toUpperCase(), TestData.PASSWORD);

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("There is already an account with this email address");
		assertThat(again.inputValue("displayName")).isEqualTo("Second");
	}

	@Test
	void answers422ForAShortPasswordAndKeepsWhatWasTyped() {
		var web = new WebSession(port);
		String email = TestData.email("short");

		var refused = web.register("Priya", email, "short");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("at least 12 characters");
		assertThat(refused.inputValue("displayName")).isEqualTo("Priya");
		assertThat(refused.inputValue("email")).isEqualTo(email);
		assertThat(refused.inputValue("password")).as("never echoed back").isEmpty();
	}

	@Test
	void answers422ForAnInvalidEmailAddress() {
		var refused = new WebSession(port).register("Priya", "not-an-address", TestData.PASSWORD);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("like name@example.com");
		assertThat(refused.inputValue("email")).isEqualTo("not-an-address");
	}

	@Test
	void refusesARegistrationWithoutTheCsrfTokenAndCreatesNoAccount() {
		String email = TestData.email("forged");

		var forged = new WebSession(port).postWithoutCsrf("/register",
				Map.of("displayName", "Forged", "email", email, "password", TestData.PASSWORD));

		assertThat(forged.status()).isEqualTo(403);
		var genuine = new WebSession(port).register("Genuine", email, TestData.PASSWORD);
		assertThat(genuine.status()).isEqualTo(302);
		assertThat(genuine.location()).isEqualTo("/register/check-email");
	}

	@Test
	void confirmsTheAddressOnceAndAnswers410WhenTheLinkIsUsedAgain() {
		var web = new WebSession(port);
		String email = TestData.email("confirm-twice");
		web.register("Cora", email, TestData.PASSWORD);
		String link = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));

		assertThat(web.get(link).text()).contains("Confirm my email address");
		var confirmed = web.post(link);
		assertThat(confirmed.location()).isEqualTo("/sign-in?confirmed");
		assertThat(web.follow(confirmed).text()).contains("Your email address is confirmed");

		web.get(link);
		var again = web.post(link);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.text()).contains("This link has already been used");
	}

	@Test
	void answers404ForAMadeUpConfirmationLink() {
		var web = new WebSession(port);
		web.get("/confirm-email/made-up-token");

		var response = web.post("/confirm-email/made-up-token");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text()).contains("We don't recognise this link");
	}

	@Test
	void answers410ForAnExpiredConfirmationLinkAndTheAccountStaysUnconfirmed() {
		var web = new WebSession(port);
		String email = TestData.email("late");
		web.register("Lena", email, TestData.PASSWORD);
		String link = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		expireLinksOf(email);

		web.get(link);
		var response = web.post(link);

		assertThat(response.status()).isEqualTo(410);
		assertThat(response.text()).contains("This link has expired");
		assertThat(web.requestToken(email, TestData.PASSWORD).status()).isEqualTo(403);
	}

	@Test
	void sendsANewConfirmationLinkThatWorks() {
		var web = new WebSession(port);
		String email = TestData.email("resend");
		web.register("Rosa", email, TestData.PASSWORD);
		String first = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		web.get("/sign-in?unconfirmed");

		var resent = web.post("/confirm-email/resend", Map.of("email", email));

		assertThat(resent.location()).isEqualTo("/sign-in?resent");
		String second = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 2), "/confirm-email/"));
		assertThat(second).isNotEqualTo(first);
		web.get(first);
		assertThat(web.post(first).status()).as("the older link").isEqualTo(410);
		web.get(second);
		assertThat(web.post(second).location()).isEqualTo("/sign-in?confirmed");
	}

	private void expireLinksOf(String email) {
		int expired = jdbc.sql("""
				update account_links set expires_at = now() - interval '1 minute'
				where account_id = (select id from accounts where email = ?)""")
			.param(email)
			.update();
		assertThat(expired).isPositive();
	}
}
