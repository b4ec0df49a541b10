package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class TherapistInvitationBrowserTests {

	@Test
	void adminInvitesATherapistWhoChoosesAPasswordAndSignsInAsTherapist(Page page) {
		String email = TestData.email("therapist");
		Visitor.signInAsAdmin(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite a therapist")).click();
		page.getByLabel("Therapist's name").fill("Ada Okafor");
		page.getByLabel("Therapist's email address").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent to " + email);
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email));
		assertThat(row).containsText("Ada Okafor");
		assertThat(row).containsText("Therapist");
		assertThat(row).containsText("Invited");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		page.navigate(TestMail.link(TestMail.awaitLatest(email, 1), "/invitations/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to BackCare, Ada Okafor")))
			.isVisible();
		page.getByLabel("New password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your account is ready");

		Visitor.signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		assertThat(page.getByRole(AriaRole.DEFINITION).filter(new Locator.FilterOptions().setHasText(email))).isVisible();
		assertThat(page.getByRole(AriaRole.DEFINITION).getByText("Therapist", new Locator.GetByTextOptions().setExact(true)))
			.isVisible();
	}
}
