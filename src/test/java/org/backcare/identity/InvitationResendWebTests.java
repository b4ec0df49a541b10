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
class InvitationResendWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExpiredInvitationCanBeSentAgainAndOnlyTheNewLinkWorks() {
		var admin = WebSession.signedInAdmin(port);
		String email = TestData.email("late-therapist");
		admin.invite("Rosa Late", email);
		String firstLink = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/invitations/"));
		jdbc.sql("""
				update account_links set expires_at = now() - interval '1 minute'
				where account_id = (select id from accounts where email = :email)""").param("email", email).update();
		assertThat(new WebSession(port).get(firstLink).status()).isEqualTo(410);

		long id = jdbc.sql("select id from accounts where email = :email").param("email", email).query(Long.class).single();
		admin.get("/admin/accounts");
		var resent = admin.post("/admin/accounts/" + id + "/invitation");

		assertThat(resent.location()).isEqualTo("/admin/accounts");
		String secondLink = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 2), "/invitations/"));
		assertThat(secondLink).isNotEqualTo(firstLink);
		var therapist = new WebSession(port);
		assertThat(therapist.get(secondLink).body()).contains("Welcome to BackCare, Rosa Late");
		assertThat(therapist.post(secondLink, Map.of("password", TestData.PASSWORD)).location())
			.isEqualTo("/sign-in?welcome");
	}

	@Test
	void onlyAnInvitationThatWasNotAcceptedCanBeSentAgain() {
		var admin = WebSession.signedInAdmin(port);
		long adminId = jdbc.sql("select id from accounts where email = :email")
			.param("email", TestData.ADMIN_EMAIL)
			.query(Long.class)
			.single();
		admin.get("/admin/accounts");

		assertThat(admin.post("/admin/accounts/" + adminId + "/invitation").status()).isEqualTo(404);
	}

	@Test
	void aPasswordResetSignsTheAccountOutEverywhere() {
		String email = TestData.email("stolen");
		var owner = new WebSession(port);
		owner.registerConfirmed("Ana Safe", email, TestData.PASSWORD);
		var otherDevice = new WebSession(port);
		otherDevice.signIn(email, TestData.PASSWORD);
		assertThat(otherDevice.get("/account").status()).isEqualTo(200);

		owner.get("/password-reset");
		owner.post("/password-reset", Map.of("email", email));
		String link = WebSession.pathOf(TestMail.link(TestMail.awaitLatest(email, 2), "/password-reset/"));
		owner.get(link);
		owner.post(link, Map.of("password", "another-long-password"));

		assertThat(otherDevice.get("/account").location()).endsWith("/sign-in");
	}
}
