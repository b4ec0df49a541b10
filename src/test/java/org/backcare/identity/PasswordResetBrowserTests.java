package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class PasswordResetBrowserTests {

	private static final String NEW_PASSWORD = "a-brand-new-password";

	@Test
	void resetsAForgottenPasswordWithTheEmailedLinkWhichThenStopsWorking(Page page) {
		String email = TestData.email("forgetful");
		Visitor.registerAndConfirm(page, "Robin Forgetful", email);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		page.getByLabel("Email address").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a reset link")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();

		String resetLink = TestMail.link(TestMail.awaitLatest(email, 2), "/password-reset/");
		page.navigate(resetLink);
		page.getByLabel("New password").fill(NEW_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password has been changed");

		Visitor.signIn(page, email, NEW_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.navigate("/sign-in");
		Visitor.signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("That email and password don't match an account");

		page.navigate(resetLink);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link has already been used")))
			.isVisible();
	}
}
