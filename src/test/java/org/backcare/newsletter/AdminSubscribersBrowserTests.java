package org.backcare.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class AdminSubscribersBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminFindsASubscriberAndMarksAHardBounce(Page page) {
		var rows = new SubscriberRows(jdbc);
		String marker = "browser" + Long.toHexString(System.nanoTime());
		String email = TestData.email(marker);
		rows.add(email, "Rosa", SubscriberStatus.CONFIRMED, Interest.SELF_CARE, Interest.NEW_ARTICLES);
		rows.add(TestData.email(marker + "-waiting"), "Sol", SubscriberStatus.PENDING, Interest.PREGNANCY);

		Visitor.signInAsAdmin(page);
		page.navigate("/admin");
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Newsletter").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Newsletter subscribers"))).isVisible();
		page.getByLabel("Email or first name").fill(marker.toUpperCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find subscribers")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All (2)"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		screenshot(page, "subscribers");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(email)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(email);
		assertThat(page.getByRole(AriaRole.MAIN)).containsText(ConsentWording.current());
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		screenshot(page, "subscriber");

		page.getByLabel("Reason (optional)").fill("550 5.1.1 user unknown");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark hard bounce")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Marked as bounced (hard bounce)");
		assertThat(page.locator(".newsletter-facts").first()).containsText("Bounced");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("hard bounce: 550 5.1.1 user unknown");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All subscribers")).click();
		page.getByLabel("Email or first name").fill(marker);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find subscribers")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bounced (1)"))).isVisible();
	}

	@Test
	void theErasePageHasNoSeriousAccessibilityProblems(Page page) {
		long id = new SubscriberRows(jdbc).add(TestData.email("browser-erase"), "Tia", SubscriberStatus.UNSUBSCRIBED);

		Visitor.signInAsAdmin(page);
		page.navigate("/admin/newsletter/subscribers/" + id + "/erase");

		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "newsletter_admin_" + name + ".png")));
	}
}
