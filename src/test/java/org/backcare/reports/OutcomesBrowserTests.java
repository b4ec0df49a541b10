package org.backcare.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
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
class OutcomesBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminFindsTheOutcomesCorrectsAPeriodAndReadsTheFiguresWithSmallGroupsHidden(Page page) {
		var practice = new TestOutcomes(jdbc);
		long mara = practice.therapist("Mara Browser");
		long noor = practice.therapist("Noor Browser");
		for (int i = 0; i < 8; i++) {
			var client = practice.client(i < 6 ? mara : noor, "DEEP_TISSUE", 1, 2, LocalDate.of(2009, 1, 1), LocalDate.of(2010, 2, 1));
			practice.session(client, LocalDate.of(2010, 2, 2 + i), 7);
			practice.session(client, LocalDate.of(2010, 2, 16 + i), i % 2 == 0 ? 4 : 7);
		}
		page.navigate("/sign-in");
		Visitor.signIn(page, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
		page.navigate("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practice outcomes")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice outcomes").setLevel(1))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("First day").fill("2010-12-31");
		page.getByLabel("Last day").fill("2010-01-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the outcomes")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("The last day must be on or after the first day.");
		assertThat(page.getByLabel("Last day")).hasAttribute("aria-invalid", "true");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("First day").fill("2010-01-01");
		page.getByLabel("Last day").fill("2010-12-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the outcomes")).click();
		assertThat(page.getByText("4 of the 8 clients with a first and a later score")).isVisible();
		var byTherapist = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("By therapist"));
		assertThat(byTherapist.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Noor Browser")))
			.containsText("fewer than 5 clients: hidden to protect privacy");
		assertThat(byTherapist.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Mara Browser")))
			.containsText("hidden so that a smaller group can't be worked out from the total");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download these figures as CSV")))
			.hasAttribute("href", "/admin/outcomes.csv?from=2010-01-01&to=2010-12-31");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
