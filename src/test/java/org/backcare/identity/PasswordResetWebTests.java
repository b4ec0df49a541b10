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
class PasswordResetWebTests {

	private static final String NEW_PASSWORD = "a-brand-new-long-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersAnUnknownAddressWithTheSamePageAndSendsNoMail() throws InterruptedException {
		String known = TestData.email("known");
		String unknown = TestData.email("unknown");
		var web = new WebSession(port);
		web.registerConfirmed("Kim", known, TestData.PASSWORD);

		var unknownAnswer = requestReset(web, unknown);
		var knownAnswer = requestReset(web, known);

		assertThat(unknownAnswer.text()).contains("If an account uses that address").isEqualTo(knownAnswer.text());
		TestMail.awaitMessages(known, 2);
		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(unknown)).isEmpty();
		String admin = web.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
		assertThat(web.getJson("/api/v1/admin/mail?to=" + unknown, admin).json().size()).as("outbox").isZero();
	}

	@Test
	void setsANewPasswordThroughTheEmailedLinkOnce() {
		String email = TestData.email("forgot");
		var web = new WebSession(port);
		web.registerConfirmed("Fiona", email, TestData.PASSWORD);

		requestReset(web, email);
		String link = resetLink(email, 2);
		var form = web.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("Choose a new password");
		var saved = web.post(link, Map.of("password", NEW_PASSWORD));

		assertThat(saved.location()).isEqualTo("/sign-in?reset");
		assertThat(web.follow(saved).text()).contains("Your password has been changed");
		assertThat(web.requestToken(email, TestData.PASSWORD).status()).as("old password").isEqualTo(401);
		assertThat(web.requestToken(email, NEW_PASSWORD).status()).as("new password").isEqualTo(201);
		var again = web.get(link);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.text()).contains("This link has already been used");
		assertThat(web.post(link, Map.of("password", "yet-another-long-password")).status()).isEqualTo(410);
		assertThat(web.requestToken(email, NEW_PASSWORD).status()).isEqualTo(201);
	}

	@Test
	void revokesTheApiTokensOfTheAccountWhenThePasswordIsReset() {
		String email = TestData.email("compromised");
		var web = new WebSession(port);
		web.registerConfirmed("Cami", email, TestData.PASSWORD);
		// Whoever knew the old password could have taken a token with it, just as they could have signed in.
		String tokenFromOldPassword = web.token(email, TestData.PASSWORD);

		requestReset(web, email);
		String link = resetLink(email, 2);
		web.get(link);
		assertThat(web.post(link, Map.of("password", NEW_PASSWORD)).location()).isEqualTo("/sign-in?reset");

		assertThat(web.getJson("/api/v1/me", tokenFromOldPassword).status()).isEqualTo(401);
	}

	@Test
	void retiresOlderResetLinksOnceOneHasBeenUsed() {
		String email = TestData.email("two-links");
		var web = new WebSession(port);
		web.registerConfirmed("Toni", email, TestData.PASSWORD);
		requestReset(web, email);
		String older = resetLink(email, 2);
		requestReset(web, email);
		String newer = resetLink(email, 3);

		web.get(newer);
		assertThat(web.post(newer, Map.of("password", NEW_PASSWORD)).location()).isEqualTo("/sign-in?reset");

		var stale = web.get(older);
		assertThat(stale.status()).isEqualTo(410);
		assertThat(stale.text()).contains("This link has already been used");
	}

	@Test
	void confirmsTheAddressOfAnUnconfirmedClientWhoResetsThePassword() {
		String email = TestData.email("never-confirmed");
		var web = new WebSession(port);
		web.register("Ulla", email, TestData.PASSWORD);
		TestMail.awaitMessages(email, 1);

		requestReset(web, email);
		String link = resetLink(email, 2);
		web.get(link);
		web.post(link, Map.of("password", NEW_PASSWORD));

		assertThat(web.requestToken(email, NEW_PASSWORD).status()).isEqualTo(201);
	}

	@Test
	void answers422ForAShortNewPasswordAndKeepsTheLinkUsable() {
		String email = TestData.email("short-reset");
		var web = new WebSession(port);
		web.registerConfirmed("Sol", email, TestData.PASSWORD);
		requestReset(web, email);
		String link = resetLink(email, 2);

		web.get(link);
		var refused = web.post(link, Map.of("password", "short"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("at least 12 characters");
		assertThat(web.post(link, Map.of("password", NEW_PASSWORD)).location()).isEqualTo("/sign-in?reset");
	}

	@Test
	void answers410ForAnExpiredResetLink() {
		String email = TestData.email("expired-reset");
		var web = new WebSession(port);
		web.registerConfirmed("Edda", email, TestData.PASSWORD);
		requestReset(web, email);
		String link = resetLink(email, 2);
		jdbc.sql("""
				update account_links set expires_at = now() - interval '1 minute'
				where account_id = (select id from accounts where email = ?)""").param(email).update();

		var page = web.get(link);

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.text()).contains("This link has expired");
		assertThat(web.post(link, Map.of("password", NEW_PASSWORD)).status()).isEqualTo(410);
		assertThat(web.requestToken(email, TestData.PASSWORD).status()).as("password unchanged").isEqualTo(201);
	}

	@Test
	void doesNotAcceptAConfirmationLinkAsAResetLink() {
		String email = TestData.email("wrong-door");
		var web = new WebSession(port);
		web.register("Wes", email, TestData.PASSWORD);
		String confirmation = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		String token = confirmation.substring(confirmation.lastIndexOf('/') + 1);

		var page = web.get("/password-reset/" + token);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We don't recognise this link");
	}

	@Test
	void answers404ForAMadeUpResetLink() {
		var page = new WebSession(port).get("/password-reset/made-up-token");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We don't recognise this link");
	}

	private static WebSession.Response requestReset(WebSession web, String email) {
		web.get("/password-reset");
		var requested = web.post("/password-reset", Map.of("email", email));
		assertThat(requested.location()).isEqualTo("/password-reset/sent");
		return web.follow(requested);
	}

	private static String resetLink(String email, int messages) {
		return WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, messages), "/password-reset/"));
	}
}
