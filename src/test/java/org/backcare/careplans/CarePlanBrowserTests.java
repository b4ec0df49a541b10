package org.backcare.careplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class CarePlanBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aTherapistApprovesAPlanAfterChangingThePressure(Page page) {
		String clientEmail = TestData.email("dana");
		var client = WebSession.signedInClient(port, "Dana Desk", clientEmail);
		TestConsultations.submitChronicDeskWorker(client, "Dana Desk");
		String therapistEmail = TestData.email("mira");
		WebSession.signedInTherapist(port, "Mira Therapist", therapistEmail);

		page.navigate("/sign-in");
		Visitor.signIn(page, therapistEmail, TestData.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Therapist").setExact(true)).click();
		assertThat(heading(page, "Your practice day")).isVisible();
		noSeriousProblems(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dana Desk")).click();

		assertThat(heading(page, "Care plan for Dana Desk")).isVisible();
		assertThat(page.locator("main")).containsText("§4.2");
		noSeriousProblems(page);
		page.getByLabel("Firmest pressure (1–5)").selectOption("3");
		page.getByLabel("Deep tissue").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Say why you change the plan");
		noSeriousProblems(page);
		page.getByLabel("Why you change it").fill("Moderate pressure first; we try deep work after the first visit.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your change is saved as version 2");
		Locator version = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Moderate pressure first"));
		assertThat(version).containsText("Mira Therapist");
		assertThat(version).containsText("2–3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve version 2")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan is approved");
		assertThat(page.locator("main")).containsText("Approved by Mira Therapist");
		noSeriousProblems(page);
		Assertions.assertThat(client.get("/account/plan").text()).contains("Mira Therapist approved this plan", "From light to moderate");
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static void noSeriousProblems(Page page) {
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
