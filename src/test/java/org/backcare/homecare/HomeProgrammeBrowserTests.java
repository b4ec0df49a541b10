package org.backcare.homecare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.backcare.homecare.HomeProgramme.Assignment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class HomeProgrammeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	HomeProgramme programme;

	@Test
	void aClientTicksOffAnExerciseByKeyboardAndSeesTheirStreak(Page page) {
		String email = TestData.email("programme-browser");
		Visitor.registerConfirmAndSignIn(page, "Bea", email);
		programme.assign(Clients.idOf(port, email), 31, List.of(
				new Assignment("cat-cow", "Loosens a stiff back in the morning."),
				new Assignment("pelvic-tilt", null), new Assignment("aftercare", "After each massage.")));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your home programme")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your home programme")))
			.isVisible();
		assertThat(page.getByText("No streak yet")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done today: Cat-cow")).focus();
		page.keyboard().press("Enter");

		assertThat(page.getByText("1 day in a row", new Page.GetByTextOptions().setExact(true))).isVisible();
		var catCow = page.locator("#item-cat-cow");
		assertThat(catCow).containsText("Done today ✓");
		assertThat(catCow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo: Cat-cow")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done today: Pelvic tilt")))
			.isVisible();
		var week = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Your last 7 days, up to today"));
		assertThat(week.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Cat-cow")).getByRole(AriaRole.CELL).last())
			.hasText("✓Done");
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Before and after your sessions"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("After your massage"))).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "homecare_programme.png")));
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void theProgrammeReadsWellOnASmallScreen(Page page) {
		String email = TestData.email("programme-small");
		Visitor.registerConfirmAndSignIn(page, "Sol", email);
		programme.assign(Clients.idOf(port, email), 32, List.of(new Assignment("cat-cow", null)));
		page.setViewportSize(320, 640);

		page.navigate("/account/home-programme");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done today: Cat-cow")).click();

		assertThat(page.getByText("1 day in a row", new Page.GetByTextOptions().setExact(true))).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "homecare_programme_320.png")));
		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320px")
			.isTrue();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
