package org.backcare.sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class CheckInBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckInRound round;

	@Autowired
	CheckIns checkIns;

	@Test
	void aClientAnswersTheCheckInFromTheEmailLinkWithoutSigningIn(Page page) {
		var past = new PastSessions(jdbc).endedAgo(Duration.ofHours(26));
		round.inviteDue();
		String link = TestMail.link(TestMail.awaitWithSubject(past.clientEmail(), "How are you after your session").get(0),
				"/check-in/");

		page.navigate(link);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How are you after your session?")))
			.isVisible();
		assertThat(page.getByText("Your session with Dana on")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose your back pain today");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		group(page, "How sore have you been since the session?").getByLabel("6", new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("More than 48 hours, and still there").check();
		page.getByLabel("Bruising").check();
		group(page, "Does either leg feel weaker than before the session?").getByLabel("No").check();
		group(page, "Do you have new numbness or tingling, in your legs or anywhere else?").getByLabel("No").check();
		group(page, "Is your back pain getting worse?").getByLabel("No").check();
		group(page, "Your back pain today").getByLabel("3", new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Anything else you have noticed? (optional)").fill("A bit stiff getting out of bed.");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", "sessions_check_in.png")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for checking in"))).isVisible();
		assertThat(page.getByText("Dana will see your answers before your next session.")).isVisible();
		assertThat(page.getByText("a heat wrap")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		CheckInAnswers saved = checkIns.latestAnsweredFor(past.bookingId()).orElseThrow().answers();
		Assertions.assertThat(saved.tooSore(Duration.ofHours(36))).isTrue();
		Assertions.assertThat(saved.bruising()).isTrue();
	}

	private static Locator group(Page page, String legend) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
	}
}
