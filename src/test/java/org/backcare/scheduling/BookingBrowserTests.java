package org.backcare.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

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
class BookingBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientBooksAConsultationWithTheKeyboardAndEachTimeIsAnnouncedWithDateTimeAndTherapist(Page page) {
		var practice = TestPractice.in(jdbc, ZoneId.of("America/Chicago"));
		long therapist = practice.therapist("Kira Keys");
		long consultation = TestPractice.consultation(jdbc);
		String email = TestData.email("keys");
		TestPractice.client(jdbc, email);
		page.navigate("/sign-in");
		Visitor.signIn(page, email, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
		assertThat(page.getByText("You can book a consultation for now.")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.navigate("/book/" + consultation + "?therapist=" + therapist);
		ZonedDateTime start = practice.at(2, 8, 30);
		String name = SessionTimes.shortDay(start) + ", 08:30 to 09:30, with Kira Keys";
		assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		// keyboard only: focus the day's first time, step to the next with an arrow key, continue with Enter
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(SessionTimes.shortDay(start) + ", 08:00 to 09:00, with Kira Keys")).focus();
		page.keyboard().press("Space");
		page.keyboard().press("ArrowRight");
		assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name))).isChecked();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirm your booking"))).isVisible();
		assertThat(page.getByText(SessionTimes.span(start, start.plusHours(1)))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm booking")).focus();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Booked.");
		assertThat(page.getByText(SessionTimes.span(start, start.plusHours(1)))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}
}
