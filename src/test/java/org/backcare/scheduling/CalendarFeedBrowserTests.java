package org.backcare.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class CalendarFeedBrowserTests {

	@Test
	void aClientCreatesACalendarAddressSubscribesWithItAndRevokesIt(Page page) {
		Visitor.registerConfirmAndSignIn(page, "Ari Calendar", TestData.email("feed-browser"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your sessions in your calendar app")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your sessions in your calendar app")))
			.isVisible();
		assertThat(page.getByText("You have no calendar address")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my calendar address")).click();
		Locator notice = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Copy it now"));
		Locator shown = notice.getByRole(AriaRole.CODE);
		assertThat(shown).containsText("/calendar/");
		String address = shown.textContent().strip();
		assertThat(notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open it in your calendar app")))
			.hasAttribute("href", address.replaceFirst("^https?://", "webcal://"));
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "scheduling_calendar_feed.png")));

		APIResponse feed = page.request().get(address);
		assertThat(feed).isOK();
		Assertions.assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
		Assertions.assertThat(feed.text()).startsWith("BEGIN:VCALENDAR\r\n");

		page.reload();
		assertThat(page.getByText(address)).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke my calendar address")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your calendar address is revoked");
		assertThat(page.getByText("You have no calendar address")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		Assertions.assertThat(page.request().get(address).status()).isEqualTo(404);
	}
}
