package org.backcare.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;

@BrowserTest
class ConsultationBrowserTests {

	@Test
	void aClientCompletesTheConsultationAndSeesThePlanWithReasons(Page page) {
		Visitor.registerConfirmAndSignIn(page, "Casey Complete", TestData.email("complete"));
		page.navigate("/account/consultation");

		assertThat(heading(page, "Your pain")).isVisible();
		noSeriousProblems(page);
		page.getByLabel("When did this episode of back pain begin?").fill(LocalDate.now().minusMonths(4).toString());
		group(page, "Your pain right now").getByLabel("6", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Activity 1", new Page.GetByLabelOptions().setExact(true)).fill("Sitting through a film");
		page.getByLabel("How well can you do activity 1?").selectOption("4");
		page.getByLabel("No, it stays in my back").check();
		next(page);

		assertThat(heading(page, "Safety questions")).isVisible();
		noSeriousProblems(page);
		next(page);

		assertThat(heading(page, "You and your health")).isVisible();
		noSeriousProblems(page);
		page.getByLabel("A strained muscle").check();
		page.getByLabel("Tight muscles at the back of the thighs").check();
		next(page);

		assertThat(heading(page, "Your preferences")).isVisible();
		noSeriousProblems(page);
		page.getByLabel("Medium").check();
		page.getByLabel("Deep tissue massage").check();
		page.getByLabel("Less pain").check();
		page.getByLabel("I sit for most of the day").check();
		next(page);

		assertThat(heading(page, "Consent")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and submit")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Type your full name");
		noSeriousProblems(page);
		page.getByLabel("Type your full name to sign").fill("Casey Complete");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and submit")).click();

		assertThat(heading(page, "Your consultation result")).isVisible();
		noSeriousProblems(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read your care plan")).click();

		assertThat(heading(page, "Your care plan")).isVisible();
		assertThat(page.getByText("A licensed therapist is reviewing this plan")).isVisible();
		var main = page.locator("main");
		assertThat(main).containsText("Swedish");
		assertThat(main).containsText("Deep tissue");
		assertThat(main).containsText("You asked for deep tissue work");
		noSeriousProblems(page);
	}

	@Test
	void saddleNumbnessShowsTheEmergencyGuidanceAtOnceAndBlocksBooking(Page page) {
		Visitor.registerConfirmAndSignIn(page, "Riley Redflag", TestData.email("redflag"));
		page.navigate("/account/consultation");
		page.getByLabel("When did this episode of back pain begin?").fill(LocalDate.now().minusDays(10).toString());
		group(page, "Your pain right now").getByLabel("7", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Yes, into one leg").check();
		next(page);

		assertThat(heading(page, "Safety questions")).isVisible();
		page.getByLabel("Numbness or tingling between your legs").check();

		// htmx: shown as soon as the box is ticked, before anything is sent.
		var alert = page.getByRole(AriaRole.ALERT);
		assertThat(alert).containsText("Go to the emergency department now");
		assertThat(alert).containsText("call your local emergency number");
		assertThat(heading(page, "Safety questions")).isVisible();
		noSeriousProblems(page);

		alert.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("What this means for booking")).click();
		assertThat(heading(page, "Your consultation result")).isVisible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Booking is blocked");
		noSeriousProblems(page);
	}

	private static com.microsoft.playwright.Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static com.microsoft.playwright.Locator group(Page page, String name) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
	}

	private static void next(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
	}

	private static void noSeriousProblems(Page page) {
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
