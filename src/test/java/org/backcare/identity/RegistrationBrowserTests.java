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
class RegistrationBrowserTests {

	@Test
	void registersConfirmsTheEmailSignsInAndSignsOut(Page page) {
		String email = TestData.email("sam");

		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")).click();
		page.getByLabel("Your name").fill("Sam Carter");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();

		var mail = TestMail.awaitLatest(email, 1);
		page.navigate(TestMail.link(mail, "/confirm-email/"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
		assertThat(page.getByText("Your email address is confirmed")).isVisible();

		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam Carter"))).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
		page.navigate("/account");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
	}

	@Test
	void showsMessagesNextToTheFieldsAndKeepsWhatWasTyped(Page page) {
		page.navigate("/register");
		page.getByLabel("Your name").fill("Priya");
		page.getByLabel("Email address").fill("not-an-address");
		page.getByLabel("Password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

		assertThat(page.locator("#email-error")).containsText("like name@example.com");
		assertThat(page.locator("#password-error")).containsText("at least 12 characters");
		assertThat(page.getByLabel("Your name")).hasValue("Priya");
		assertThat(page.getByLabel("Email address")).hasValue("not-an-address");
	}

	@Test
	void refusesAnUnconfirmedAccountUntilTheLinkIsUsed(Page page) {
		String email = TestData.email("unconfirmed");
		Visitor.register(page, "Jonas", email);

		page.navigate("/sign-in");
		Visitor.signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByText("Please confirm your email address first")).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a new link")).click();
		assertThat(page.getByText("a new link is on its way")).isVisible();
		TestMail.awaitMessages(email, 2);
	}
}
