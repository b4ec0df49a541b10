package org.backcare.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
class ClearanceBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aTherapistUploadsTheSurgeonsLetterAndTheClientCanReadTheirPlan(Page page) {
		var client = WebSession.signedInClient(port, "Omar Operated", TestData.email("omar"));
		TestConsultations.submit(client, "Omar Operated", TestConsultations.CHRONIC_PAIN, List.of(),
				List.of("surgeryDate", LocalDate.now().minusWeeks(3).toString()), List.of("pressure", "MEDIUM"));
		String therapist = TestData.email("clearer");
		WebSession.signedInTherapist(port, "Clara Clearer", therapist);

		page.navigate("/sign-in");
		Visitor.signIn(page, therapist, TestData.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Therapist").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clearances")).click();
		noSeriousProblems(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omar Operated")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clearance for Omar Operated"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the clearance")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter who cleared the client");
		noSeriousProblems(page);
		page.getByLabel("Who cleared the client").fill("Dr Ana Ruiz, surgeon");
		page.getByLabel("Date of the clearance").fill(LocalDate.now().toString());
		page.getByLabel("The letter (optional)").setInputFiles(new FilePayload("clearance.pdf", "application/pdf",
				"%PDF-1.4\n% cleared for gentle massage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the clearance")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The clearance is recorded");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("clearance.pdf"))).isVisible();
		noSeriousProblems(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Therapist").setExact(true)).click();
		Locator waiting = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Omar Operated"));
		assertThat(waiting).isVisible();
		Assertions.assertThat(client.get("/account/plan").text()).contains("Cleared by a clinician before treatment");
	}

	private static void noSeriousProblems(Page page) {
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
