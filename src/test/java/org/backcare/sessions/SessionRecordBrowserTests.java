package org.backcare.sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

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
class SessionRecordBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTherapistRecordsASessionOnTheBodyChartSignsItAndAddsAnAddendum(Page page) {
		var practice = new RecordPractice(jdbc, port, "Bella Browser", "Cody Client");
		practice.approvedPlan("Cody Client");
		practice.booking(Duration.ofMinutes(-30));

		page.navigate("/sign-in");
		Visitor.signIn(page, practice.therapistEmail, TestData.PASSWORD);
		page.navigate("/therapist/sessions");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the record for Cody Client")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session record: Cody Client"))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.locator("#painBefore").getByLabel("6", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		page.locator("#techniques").getByLabel("Swedish").check();
		page.locator("#pressure").getByLabel("3 (moderate)").check();
		page.locator("#positions").getByLabel("Face down").check();
		page.locator("path[data-region=LOWER_BACK_LEFT]").click();
		page.locator("path[data-region=BUTTOCK_RIGHT]").click();
		assertThat(page.getByLabel("Lower back, left")).isChecked();
		assertThat(page.getByLabel("Buttock, right")).isChecked();
		assertThat(page.locator("path[data-region=LOWER_BACK_LEFT]")).hasClass(java.util.regex.Pattern.compile("is-selected"));
		page.locator("path[data-region=BUTTOCK_RIGHT]").click();
		assertThat(page.getByLabel("Buttock, right")).not().isChecked();
		page.locator("#painAfter").getByLabel("3", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Subjective: what the client reports").fill("Easier after the weekend");
		page.getByLabel("Assessment").fill("Responds to moderate pressure");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save record")).click();
		assertThat(page.getByText("Record saved.")).isVisible();
		assertThat(page.getByLabel("Lower back, left")).isChecked();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign note")).click();
		assertThat(page.getByText("Signed by Bella Browser on")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save record"))).hasCount(0);
		assertThat(page.locator(".body-chart__list li")).hasText("Lower back, left");

		page.getByLabel("Add an addendum").fill("Client called: slept well");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add addendum")).click();
		assertThat(page.locator(".session-addenda")).containsText("Client called: slept well");
		assertThat(page.locator(".session-addenda")).containsText("Bella Browser");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
