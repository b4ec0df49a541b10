package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people (or one person's many tabs and double clicks) doing the same thing at the same moment: each
 * visitor has its own session, CSRF token and IP address, and their requests are released together.
 */
@BackCareTest
class AccountRaceTests {

	private static final int VISITORS = 12;

	// Fewer than the 10 failed sign-ins after which the account is paused, so every loser's password can be tried.
	private static final int RESETS = 8;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAnAddressOnceWhenManyRegisterItAtTheSameMoment() throws Exception {
		String email = TestData.email("race-register");

		var answers = together(VISITORS, "/register", (web, n) -> web.post("/register", Map.of("displayName",
				"Racer " + n, "email", n % 2 == 0 ? email : email.toUpperCase(), "password", TestData.PASSWORD)));

		assertThat(answers).extracting(WebSession.Response::status).doesNotContain(500);
		assertThat(answers).filteredOn(WebSession.Response::isRedirect)
			.singleElement()
			.satisfies(won -> assertThat(won.location()).isEqualTo("/register/check-email"));
		assertThat(answers).filteredOn(answer -> !answer.isRedirect()).hasSize(VISITORS - 1).allSatisfy(lost -> {
			assertThat(lost.status()).isEqualTo(409);
			assertThat(lost.text()).contains("There is already an account with this email address");
		});
		assertThat(count("select count(*) from accounts where email = ?", email)).isEqualTo(1);
		assertThat(count("select count(*) from outbox_messages where lower(to_address) = ?", email)).isEqualTo(1);
		TestMail.awaitMessages(email, 1);
		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(email)).hasSize(1);
	}

	@Test
	void confirmsAnAddressOnceWhenTheLinkIsPostedManyTimesAtOnce() throws Exception {
		String email = TestData.email("race-confirm");
		new WebSession(port).register("Connie", email, TestData.PASSWORD);
		String link = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));

		var answers = together(VISITORS, link, (web, n) -> web.post(link));

		assertThat(answers).extracting(WebSession.Response::status).doesNotContain(500);
		assertThat(answers).filteredOn(WebSession.Response::isRedirect)
			.singleElement()
			.satisfies(won -> assertThat(won.location()).isEqualTo("/sign-in?confirmed"));
		assertThat(answers).filteredOn(answer -> !answer.isRedirect()).hasSize(VISITORS - 1).allSatisfy(lost -> {
			assertThat(lost.status()).isEqualTo(410);
			assertThat(lost.text()).contains("This link has already been used");
		});
		assertThat(new WebSession(port).requestToken(email, TestData.PASSWORD).status()).as("confirmed").isEqualTo(201);
	}

	@Test
	void resetsThePasswordOnceWhenOneLinkIsUsedManyTimesAtOnce() throws Exception {
		String email = TestData.email("race-reset");
		var owner = new WebSession(port);
		owner.registerConfirmed("Rene", email, TestData.PASSWORD);
		owner.get("/password-reset");
		assertThat(owner.post("/password-reset", Map.of("email", email)).location()).isEqualTo("/password-reset/sent");
		String link = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 2), "/password-reset/"));
		List<String> passwords = IntStream.range(0, RESETS).mapToObj(n -> "race-new-password-" + n).toList();

		var answers = together(RESETS, link, (web, n) -> web.post(link, Map.of("password", passwords.get(n))));

		assertThat(answers).extracting(WebSession.Response::status).doesNotContain(500);
		assertThat(answers).filteredOn(WebSession.Response::isRedirect)
			.singleElement()
			.satisfies(won -> assertThat(won.location()).isEqualTo("/sign-in?reset"));
		assertThat(answers).filteredOn(answer -> !answer.isRedirect()).hasSize(RESETS - 1).allSatisfy(lost -> {
			assertThat(lost.status()).isEqualTo(410);
			assertThat(lost.text()).contains("This link has already been used");
		});
		String winner = passwords.get(IntStream.range(0, RESETS).filter(n -> answers.get(n).isRedirect()).findFirst().orElseThrow());
		var api = new WebSession(port);
		assertThat(api.requestToken(email, winner).status()).as("the password that won").isEqualTo(201);
		for (String loser : passwords) {
			if (!loser.equals(winner)) {
				assertThat(api.requestToken(email, loser).status()).as(loser).isEqualTo(401);
			}
		}
	}

	private interface Step {

		WebSession.Response by(WebSession web, int visitor);
	}

	/**
	 * Gives each visitor its own session with the page at {@code path} open (for its CSRF token), then releases
	 * their {@code step}s together; the answers come back in the visitors' order.
	 */
	private List<WebSession.Response> together(int visitors, String path, Step step) throws Exception {
		List<WebSession> sessions = IntStream.range(0, visitors).mapToObj(n -> new WebSession(port)).toList();
		sessions.forEach(web -> assertThat(web.get(path).status()).isEqualTo(200));
		return Together.run(IntStream.range(0, visitors)
			.mapToObj(n -> (Callable<WebSession.Response>) () -> step.by(sessions.get(n), n))
			.toList());
	}

	private int count(String sql, String email) {
		return jdbc.sql(sql).param(email).query(Integer.class).single();
	}
}
