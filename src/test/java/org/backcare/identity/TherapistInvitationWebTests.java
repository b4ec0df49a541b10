package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class TherapistInvitationWebTests {

	@LocalServerPort
	int port;

	@Test
	void invitesATherapistWhoChoosesAPasswordFromTheEmailedLink() {
		var admin = WebSession.signedInAdmin(port);
		String email = TestData.email("therapist");

		var invited = admin.invite("Maya Okafor", email);

		assertThat(invited.status()).isEqualTo(302);
		assertThat(invited.location()).isEqualTo("/admin/accounts");
		var accounts = admin.follow(invited);
		assertThat(accounts.text()).contains("Invitation sent to " + email);
		assertThat(accounts.rowWith(email)).contains("Maya Okafor", "Therapist", "Invited");

		var mail = TestMail.awaitLatest(email, 1);
		String link = WebSession.pathOf(TestMail.link(mail, "/invitations/"));
		var therapist = new WebSession(port);
		var form = therapist.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("Welcome to BackCare, Maya Okafor");
		var accepted = therapist.post(link, Map.of("password", TestData.PASSWORD));
		assertThat(accepted.location()).isEqualTo("/sign-in?welcome");

		var me = therapist.getJson("/api/v1/me", therapist.token(email, TestData.PASSWORD));
		assertThat(TokenApiTests.roles(me.json())).containsExactly("THERAPIST");
		assertThat(admin.get("/admin/accounts").rowWith(email)).contains("Active").doesNotContain("Invited");
		assertThat(therapist.get(link).status()).as("the invitation link once used").isEqualTo(410);
	}

	@Test
	void linksToTheInvitationInTheMailboxEvenForAPlusAddress() {
		var admin = WebSession.signedInAdmin(port);
		String email = TestData.email("maya+physio");

		var accounts = admin.follow(admin.invite("Maya Plus", email));
		String mailboxLink = WebSession.Html.decode(accounts.find("href=\"(/admin/mail\\?to=[^\"]*)\""));
		var mailbox = admin.get(mailboxLink);

		assertThat(mailbox.status()).isEqualTo(200);
		assertThat(mailbox.text()).contains(email, "You're invited to join BackCare as a therapist");
	}

	@Test
	void answers409WhenTheAddressAlreadyHasAnAccount() {
		var admin = WebSession.signedInAdmin(port);
		String email = TestData.email("invited-twice");
		admin.invite("First Try", email);

		var again = admin.invite("Second Try", email);

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("There is already an account with this email address");
		assertThat(again.inputValue("displayName")).isEqualTo("Second Try");
	}

	@Test
	void answers422ForAnInvitationWithoutAName() {
		var admin = WebSession.signedInAdmin(port);

		var refused = admin.invite(" ", TestData.email("nameless"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter the therapist's name");
	}

	@Test
	void refusesTheAdminPagesToAClient() {
		var client = new WebSession(port);
		String email = TestData.email("curious-client");
		client.registerConfirmed("Cleo", email, TestData.PASSWORD);
		client.signIn(email, TestData.PASSWORD);

		var accounts = client.get("/admin/accounts");
		assertThat(accounts.status()).isEqualTo(403);
		assertThat(accounts.text()).contains("This page isn't open to you").doesNotContain(TestData.ADMIN_EMAIL);

		client.get("/account");
		var invitation = client.post("/admin/therapists/invite",
				Map.of("displayName", "Sneaky", "email", TestData.email("sneaky")));
		assertThat(invitation.status()).isEqualTo(403);
	}

	@Test
	void sendsAVisitorWhoIsNotSignedInFromTheAdminPagesToTheSignInForm() {
		var response = new WebSession(port).get("/admin/accounts");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/sign-in");
	}
}
