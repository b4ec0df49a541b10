package org.backcare.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.Visitor;
import org.backcare.WebSession;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTherapistOpensTheirWeekAndMovesToTheNextWithTheKeyboard(Page page) {
		var practice = TestPractice.in(jdbc, ZoneId.of("Pacific/Honolulu"));
		long therapist = practice.therapist("Kai Keyboard");
		String therapistEmail = practice.canSignIn(therapist);
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);
		String clientEmail = TestData.email("lani");
		var therapistWeb = new WebSession(port);
		therapistWeb.signIn(therapistEmail, TestData.PASSWORD);
		practice.approvedPlan(WebSession.signedInClient(port, "Lani Later", clientEmail), clientEmail, "Lani Later", therapistWeb);
		LocalDate shown = practice.at(3, 0, 0).toLocalDate();
		// 18:00 in Honolulu is 04:00 the next day in UTC
		ZonedDateTime start = ZonedDateTime.of(CalendarPeriod.weekOf(shown).next().first().plusDays(2), LocalTime.of(18, 0), practice.zone);
		var booked = new WebSession(port).postJson("/api/v1/bookings", "{\"service\":" + swedish + ",\"start\":\""
				+ start.toOffsetDateTime() + "\",\"therapist\":" + therapist + "}", new WebSession(port).token(clientEmail, TestData.PASSWORD));
		Assertions.assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		page.navigate("/sign-in");
		Visitor.signIn(page, therapistEmail, TestData.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		page.navigate("/therapist/calendar/week?week=" + shown);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your week"))).isVisible();
		assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(SessionTimes.shortDay(shown)))).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		tabTo(page, "Next week");
		page.keyboard().press("Enter");

		var day = page.locator("#day-" + start.toLocalDate());
		assertThat(day).containsText("18:00–19:00");
		assertThat(day).containsText("Lani Later");
		assertThat(day.getByText("Pressure")).isHidden();
		tabTo(page, "Plan notes for Lani Later");
		page.keyboard().press("Enter");
		assertThat(day.getByText("Pressure")).isVisible();
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.setViewportSize(390, 844);
		assertThat(day).containsText(SessionTimes.shortDay(start.toLocalDate()));
		Assertions.assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("the week fits a phone's width")
			.isEqualTo(true);
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	/** Presses Tab until the link or control named so has the focus, as a keyboard user would. */
	private static void tabTo(Page page, String name) {
		String script = "document.activeElement ? document.activeElement.textContent.replace(/\\s+/g, ' ').trim() : ''";
		for (int presses = 0; presses < 80 && !name.equals(page.evaluate(script)); presses++) {
			page.keyboard().press("Tab");
		}
		Assertions.assertThat(page.evaluate(script)).as("focus reached by Tab").isEqualTo(name);
	}
}
