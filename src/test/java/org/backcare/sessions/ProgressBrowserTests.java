package org.backcare.sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class ProgressBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientSeesTheirPainFallOnTheChart(Page page) {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Chloe Chart");
		var therapist = practice.therapist("Theo Chart");
		practice.withApprovedPlan(client, therapist);
		long first = practice.session(client, therapist, 21, 7, 5);
		practice.session(client, therapist, 14, 6, 4);
		long last = practice.session(client, therapist, 7, 4, 3);
		practice.psfs(client, first, 21, 3, 4);
		practice.psfs(client, last, 7, 6, 7);

		page.navigate("/sign-in");
		Visitor.signIn(page, client.email(), TestData.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your progress")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your progress").setLevel(1))).isVisible();
		assertThat(page.getByText("Meaningful improvement", new Page.GetByTextOptions().setExact(true))).isVisible();
		var chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Pain over time (NPRS)"));
		assertThat(chart).isVisible();
		assertThat(chart.locator("circle")).hasCount(3 + 3);
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Activities over time (PSFS)"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByText("Pain scores as a table").click();
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pain scores from 0 (none) to 10, times in Central Time")))
			.containsText("Before the session");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
