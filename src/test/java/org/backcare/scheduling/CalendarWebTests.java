package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.careplans.BodyArea;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The therapist's calendar over HTTP, at a practice in Sydney: far enough from UTC that a session filed under its
 * UTC date would land on the wrong day (or week).
 */
@BackCareTest
class CalendarWebTests {

	static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestPractice practice;

	long therapist;

	long other;

	long consultation;

	WebSession therapistWeb;

	@BeforeEach
	void practice() {
		practice = TestPractice.in(jdbc, SYDNEY);
		therapist = practice.therapist("Tala Calendar");
		other = practice.therapist("Omar Other");
		consultation = TestPractice.consultation(jdbc);
		therapistWeb = signedIn(therapist);
	}

	@Test
	void aTherapistSeesTheirOwnSessionsWithClientServiceAndPlanNotesAndNobodyElses() {
		long swedish = TestPractice.service(jdbc, Technique.SWEDISH, 60, null, false);
		String piaEmail = TestData.email("pia");
		var pia = WebSession.signedInClient(port, "Pia Planned", piaEmail);
		long plan = practice.approvedPlan(pia, piaEmail, "Pia Planned", therapistWeb);
		ZonedDateTime ten = practice.at(3, 10, 0);
		long treatment = book(token(piaEmail), swedish, ten, therapist);
		String codyEmail = client("cody", "Cody Consult");
		long first = book(token(codyEmail), consultation, ten.plusHours(2), therapist);
		long notMine = book(token(client("nora", "Nora Notmine")), consultation, ten.plusHours(4), other);

		var day = therapistWeb.get("/therapist/calendar?day=" + ten.toLocalDate());

		assertThat(day.status()).isEqualTo(200);
		assertThat(day.text()).contains(SessionTimes.day(ten.toLocalDate()));
		String serviceName = jdbc.sql("select name from services where id = :id").param("id", swedish).query(String.class).single();
		var stored = jdbc.sql("""
				select plan -> 'pressure' ->> 'min' as min, plan -> 'pressure' ->> 'max' as max, plan -> 'focusAreas' ->> 0 as focus
				from care_plan_versions where plan_id = :plan""")
			.param("plan", plan)
			.query()
			.singleRow();
		String pressure = stored.get("min").equals(stored.get("max")) ? stored.get("min") + " of 5" : stored.get("min") + " to " + stored.get("max") + " of 5";
		String focus = BodyArea.valueOf((String) stored.get("focus")).label();
		assertThat(session(day, treatment)).contains("10:00–11:00 Pia Planned", "Australia/Sydney, AE", serviceName, "Room",
				"Plan notes", "Pressure " + pressure, "Positions", "Focus on " + focus, "Warnings",
				"O1 Pain is recorded before and after each session");
		assertThat(session(day, first)).contains("12:00–13:00 Cody Consult", "No approved plan yet — consultation")
			.doesNotContain("Pressure");
		assertThat(day.body()).doesNotContain("session-" + notMine);
		assertThat(day.text()).doesNotContain("Nora Notmine");
		assertThat(audited(therapist, treatment)).isEqualTo(1);
		assertThat(audited(therapist, first)).as("a consultation shows no plan notes").isZero();

		var omar = signedIn(other).get("/therapist/calendar?day=" + ten.toLocalDate());
		assertThat(omar.text()).contains("Nora Notmine").doesNotContain("Pia Planned", "Cody Consult");
		assertThat(therapistWeb.get("/admin/bookings").status()).isEqualTo(403);
		assertThat(therapistWeb.get("/admin/calendar?therapist=" + other).status()).isEqualTo(403);
		assertThat(therapistWeb.get("/therapist/calendar?day=not-a-day").status()).isEqualTo(400);
	}

	@Test
	void theWeekPutsEachSessionOnItsLocalDayFromMondayToSunday() {
		LocalDate monday = practice.at(3, 0, 0).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		String token = token(client("wes", "Wes Weekly"));
		// 08:00 in Sydney is the evening before in UTC: the previous Sunday, in the previous week
		long early = book(token, consultation, local(monday, 8), therapist);
		long late = book(token, consultation, local(sunday, 19), therapist);
		long nextMonday = book(token, consultation, local(monday.plusDays(7), 8), therapist);

		var week = therapistWeb.get("/therapist/calendar/week?week=" + monday.plusDays(2));

		assertThat(week.status()).isEqualTo(200);
		assertThat(week.text()).contains("Your week", SessionTimes.shortDay(monday) + " to " + SessionTimes.day(sunday), "2 sessions");
		assertThat(week.body()).contains("<caption>", "scope=\"col\"");
		assertThat(cell(week, monday)).contains("session-" + early, "08:00–09:00", "Wes Weekly");
		assertThat(cell(week, sunday)).contains("session-" + late, "19:00–20:00");
		assertThat(cell(week, sunday.minusDays(1))).contains("No sessions");
		assertThat(week.body()).doesNotContain("session-" + nextMonday);

		var next = therapistWeb.get(week.find("href=\"(/therapist/calendar/week\\?week=[0-9-]+)\" rel=\"next\""));
		assertThat(cell(next, monday.plusDays(7))).contains("session-" + nextMonday);
		assertThat(next.body()).doesNotContain("session-" + early);

		var admin = WebSession.signedInAdmin(port);
		var theirs = admin.get("/admin/calendar?therapist=" + therapist + "&week=" + monday);
		assertThat(theirs.text()).contains("Tala Calendar's week", "Wes Weekly");
		assertThat(cell(theirs, monday)).contains("session-" + early);
		assertThat(admin.get("/admin/calendar?therapist=0").status()).isEqualTo(404);
	}

	private ZonedDateTime local(LocalDate day, int hour) {
		return ZonedDateTime.of(day, LocalTime.of(hour, 0), SYDNEY);
	}

	/** The text of one session on a calendar page. */
	static String session(WebSession.Response page, long booking) {
		return WebSession.Html.text(page.find("(?s)(<article[^>]*aria-labelledby=\"session-" + booking + "\".*?</article>)"));
	}

	/** The HTML of one day's cell in the week grid. */
	static String cell(WebSession.Response page, LocalDate day) {
		return page.find("(?s)(<td[^>]*id=\"day-" + day + "\".*?</td>)");
	}

	private int audited(long actor, long booking) {
		return jdbc.sql("""
				select count(*) from audit_log
				where actor_id = :actor and action = 'calendar.viewed' and subject = :subject
				  and client_id = (select client_id from bookings where id = :booking)""")
			.param("actor", actor)
			.param("subject", "booking:" + booking)
			.param("booking", booking)
			.query(Integer.class)
			.single();
	}

	private WebSession signedIn(long account) {
		var session = new WebSession(port);
		assertThat(session.signIn(practice.canSignIn(account), TestData.PASSWORD).location()).isEqualTo("/account");
		return session;
	}

	private String client(String who, String name) {
		String email = TestData.email(who);
		long id = TestPractice.client(jdbc, email);
		jdbc.sql("update accounts set display_name = :name where id = :id").param("name", name).param("id", id).update();
		return email;
	}

	private String token(String email) {
		return new WebSession(port).token(email, TestData.PASSWORD);
	}

	private long book(String token, long service, ZonedDateTime start, long who) {
		var booked = new WebSession(port).postJson("/api/v1/bookings",
				"{\"service\":" + service + ",\"start\":\"" + start.toOffsetDateTime() + "\",\"therapist\":" + who + "}", token);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json().path("id").asLong();
	}
}
