package org.backcare.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.Visitor;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class TherapistsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theAdminGivesANewTherapistAProfileALicenceAndWeeklyHours(Page page) {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		String name = "Bea Browser " + PracticeSetUp.unique();
		PracticeSetUp.therapist(admin, name);
		String number = "227." + PracticeSetUp.unique();

		Visitor.signInAsAdmin(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Therapists").setExact(true)).last().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Therapists").setExact(true))).isVisible();
		noSeriousProblems(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		noSeriousProblems(page);

		page.getByLabel("Bio").fill("Slow, calm deep-tissue work for long-standing lower back pain.");
		page.getByLabel("Trained in deep tissue massage").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the profile")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The profile is created");
		noSeriousProblems(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a credential")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the credential")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the title it gives");
		noSeriousProblems(page);
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("LMT");
		page.getByLabel("Issuing authority").fill(PracticeSetUp.ILLINOIS_BOARD);
		page.getByLabel("Jurisdiction").fill("us-il");
		page.getByLabel("Number").fill(number);
		page.getByLabel("Expires on", new Page.GetByLabelOptions().setExact(true)).fill(PracticeSetUp.today().plusYears(2).toString());
		page.getByLabel("Last checked on the register (optional)").fill(PracticeSetUp.today().toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the credential")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The credential is saved");
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(number))).containsText("Can be booked in US-IL");

		page.locator("#hoursLocation").selectOption(String.valueOf(location));
		page.getByLabel("Monday", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Thursday", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Starts", new Page.GetByLabelOptions().setExact(true)).fill("09:00");
		page.getByLabel("Ends", new Page.GetByLabelOptions().setExact(true)).fill("17:00");
		page.getByLabel("Break starts (optional)").fill("12:30");
		page.getByLabel("Break ends (optional)").fill("13:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the hours")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The weekly hours are added");
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Thursday"))).containsText("09:00–17:00");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("times in America/Chicago"))).isVisible();
		noSeriousProblems(page);
		page.navigate("/therapists");
		assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(name))).containsText("LMT in US-IL");
		noSeriousProblems(page);
	}

	private static void noSeriousProblems(Page page) {
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
