package org.backcare.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class LocationsBrowserTests {

	@Test
	void theAdminSetsUpALocationWithItsTimeZoneAndARoom(Page page) {
		String name = "Lakeside " + TestData.ip();
		Visitor.signInAsAdmin(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Locations")).click();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Street address").fill("7 Lake Shore Drive, Chicago");
		page.getByLabel("Time zone").selectOption("America/Chicago");
		page.getByLabel("Jurisdiction").fill("US-IL");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the location")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The location is added");
		page.getByLabel("New room's name").fill("Birch room");
		page.getByLabel("New room's name").press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The room is added");
		assertThat(page.getByRole(AriaRole.LISTITEM).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Birch room")))
			.isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
