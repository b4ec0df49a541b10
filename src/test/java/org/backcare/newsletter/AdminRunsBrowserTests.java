package org.backcare.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class AdminRunsBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSendsADigestNowAndWatchesTheBarReachAHundredPercent(Page page) {
		TestSubscribers.confirmed(jdbc, "browser-run", 60);
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/newsletter/runs");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a digest now")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Send run of");
		var bar = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Digests sent or settled"));
		assertThat(bar).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "newsletter_run_sending.png")));

		var waitLong = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
		assertThat(page.locator("#run-status")).containsText("Finished", waitLong);
		assertThat(page.locator("#run-percent")).containsText("100 % done", waitLong);
		Assertions.assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause the run"))).hasCount(0);
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "newsletter_run_finished.png")));
	}

	@Test
	void theSchedulePageIsAccessible(Page page) {
		Visitor.signInAsAdmin(page);
		page.navigate("/admin/newsletter/schedule");
		assertThat(page.getByLabel("Days between digests")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
