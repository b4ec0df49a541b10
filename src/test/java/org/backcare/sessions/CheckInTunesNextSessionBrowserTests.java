package org.backcare.sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole loop of O6: a session at firm pressure, a sore check-in from the emailed link, a lighter next session. */
@BrowserTest
class CheckInTunesNextSessionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckInRound round;

	@Test
	void soreAndBruisedAfterAFirmSessionTheNextOneIsRecommendedOneLevelLighter(Page page) {
		var practice = new RecordPractice(jdbc, port, "Nadia Next", "Colm Checkin");
		practice.approvedPlan("Colm Checkin");
		long last = practice.booking(Duration.ofHours(-27));
		jdbc.sql("""
				insert into session_records (booking_id, client_id, therapist_id, pain_before, pain_after, rescreened_at,
				    techniques, pressure, signed_at, signed_by)
				values (?, ?, ?, 5, 3, now(), '{SWEDISH}', 4, now(), ?)""")
			.params(last, practice.client, practice.therapist, practice.therapist)
			.update();
		long next = practice.booking(Duration.ofDays(2));
		Assertions.assertThat(practice.therapistWeb().get("/therapist/sessions/" + next).text())
			.contains("Recommended pressure today 4 (firm)");

		round.inviteDue();
		String link = TestMail.link(TestMail.awaitWithSubject(practice.clientEmail, "How are you after your session").get(0),
				"/check-in/");
		page.navigate(link);
		group(page, "How sore have you been since the session?").getByLabel("5", new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("More than 48 hours, and still there").check();
		page.getByLabel("Bruising").check();
		group(page, "Does either leg feel weaker than before the session?").getByLabel("No").check();
		group(page, "Do you have new numbness or tingling, in your legs or anywhere else?").getByLabel("No").check();
		group(page, "Is your back pain getting worse?").getByLabel("No").check();
		group(page, "Your back pain today").getByLabel("4", new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you for checking in"))).isVisible();

		page.navigate("/sign-in");
		Visitor.signIn(page, practice.therapistEmail, TestData.PASSWORD);
		page.navigate("/therapist/sessions/" + next);
		Locator advice = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Recommended pressure today"));
		assertThat(advice).containsText("3 (moderate)");
		assertThat(advice).containsText("Bruising after the last session.");
		assertThat(advice).containsText("O6");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static Locator group(Page page, String legend) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
	}
}
