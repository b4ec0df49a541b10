package org.backcare.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

/** The pages behind sign-in and the forms as they look with errors, which the public-page checks don't reach. */
@BrowserTest
class AccountPagesAccessibilityBrowserTests {

	@Test
	void accountPageWithANewTokenHasNoSeriousAccessibilityProblems(Page page) {
		String email = TestData.email("axe-client");
		Visitor.registerConfirmAndSignIn(page, "Alex Axe", email);
		page.getByLabel("Name for a new token").fill("Screen reader check");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new token");

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void adminAccountsPageAndInviteFormWithErrorsHaveNoSeriousAccessibilityProblems(Page page) {
		Visitor.signInAsAdmin(page);

		page.navigate("/admin/accounts");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite a therapist")).click();
		page.getByLabel("Therapist's email address").fill("not-an-address");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the therapist's name");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void passwordResetRequestWithAnErrorHasNoSeriousAccessibilityProblems(Page page) {
		page.navigate("/password-reset");
		page.getByLabel("Email address").fill("not-an-address");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a reset link")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
		assertThat(page.getByLabel("Email address")).hasAttribute("aria-invalid", "true");

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void registerPageWithErrorsHasNoSeriousAccessibilityProblems(Page page) {
		page.navigate("/register");
		page.getByLabel("Password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("at least 12 characters");

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent(Page page) {
		page.navigate("/");

		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"))).isFocused();

		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
	}
}
