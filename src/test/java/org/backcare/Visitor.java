package org.backcare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps a person takes in the browser, for browser tests that need them before the part they test. */
public final class Visitor {

	private Visitor() {
	}

	/** Sends the register form with {@link TestData#PASSWORD} and waits for the "Check your inbox" page. */
	public static void register(Page page, String name, String email) {
		page.navigate("/register");
		page.getByLabel("Your name").fill(name);
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
	}

	/** Registers, then confirms with the link from the first email, ending on the sign-in page that says so. */
	public static void registerAndConfirm(Page page, String name, String email) {
		register(page, name, email);
		page.navigate(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your email address is confirmed");
	}

	/** Sends the sign-in form on the current page, without waiting for where that leads. */
	public static void signIn(Page page, String email, String password) {
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	/** Registers, confirms and signs in with {@link TestData#PASSWORD}, waiting for the "Your account" page. */
	public static void registerConfirmAndSignIn(Page page, String name, String email) {
		registerAndConfirm(page, name, email);
		signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
	}

	/** Signs in as the test admin from the sign-in page, waiting for the "Your account" page. */
	public static void signInAsAdmin(Page page) {
		page.navigate("/sign-in");
		signIn(page, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
	}
}
