package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class WorkingTimesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void weeklyHoursOnSeveralDaysWithABreakAreShownOnTheLocationsClock() {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long id = licensedTherapist(admin, "Hana Hours", "US-IL");
		admin.get("/admin/therapists/" + id);

		var added = admin.post("/admin/therapists/" + id + "/hours", hours(location, "09:00", "17:00", "12:30", "13:00", "MONDAY", "WEDNESDAY"));

		assertThat(added.location()).isEqualTo("/admin/therapists/" + id + "?hours");
		assertThat(added.header("Location")).as("back where the form was").endsWith("#working-times");
		var page = admin.follow(added);
		assertThat(page.text()).contains("The weekly hours are added", "times in America/Chicago").doesNotContain("can't be booked here");
		assertThat(page.rowWith("Monday")).startsWith("Monday 09:00–17:00 12:30–13:00");
		assertThat(page.rowWith("Wednesday")).startsWith("Wednesday 09:00–17:00 12:30–13:00");
		assertThat(page.rowWith("Tuesday")).isNull();
		var noBreak = admin.post("/admin/therapists/" + id + "/hours", hours(location, "10:00", "14:00", "", "", "SATURDAY"));
		assertThat(noBreak.isRedirect()).isTrue();
		assertThat(admin.get("/admin/therapists/" + id).rowWith("Saturday")).startsWith("Saturday 10:00–14:00 None");
	}

	@Test
	void hoursThatOverlapOnTheSameWeekdayAreAConflictEvenAtAnotherLocation() {
		var admin = WebSession.signedInAdmin(port);
		long riverside = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long lakeside = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long id = licensedTherapist(admin, "Olga Overlap", "US-IL");
		admin.get("/admin/therapists/" + id);
		admin.post("/admin/therapists/" + id + "/hours", hours(riverside, "09:00", "17:00", "", "", "MONDAY"));

		var overlap = admin.post("/admin/therapists/" + id + "/hours", hours(lakeside, "16:00", "20:00", "", "", "TUESDAY", "MONDAY"));

		assertThat(overlap.status()).isEqualTo(409);
		assertThat(overlap.text()).contains("These hours overlap hours this therapist already has on Monday, Tuesday");
		assertThat(overlap.checked("weekdays-TUESDAY")).as("what was ticked is kept").isTrue();
		assertThat(overlap.inputValue("starts")).isEqualTo("16:00");
		assertThat(admin.get("/admin/therapists/" + id).rowWith("Tuesday")).as("all days or none").isNull();
		var touching = admin.post("/admin/therapists/" + id + "/hours", hours(lakeside, "17:00", "20:00", "", "", "MONDAY"));
		assertThat(touching.isRedirect()).as("ending at five and starting at five do not overlap").isTrue();
	}

	@Test
	void refusesHoursThatCannotBeWorked() {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "Europe/Berlin", "DE-BE");
		long id = licensedTherapist(admin, "Bea Backwards", "DE-BE");
		admin.get("/admin/therapists/" + id);

		var noDay = admin.post("/admin/therapists/" + id + "/hours", hours(location, "17:00", "09:00", "", ""));
		var badBreak = admin.post("/admin/therapists/" + id + "/hours", hours(location, "09:00", "17:00", "16:30", "17:30", "MONDAY"));
		var halfBreak = admin.post("/admin/therapists/" + id + "/hours", hours(location, "09:00", "17:00", "12:00", "", "MONDAY"));
		var nowhere = admin.post("/admin/therapists/" + id + "/hours", hours(999_999, "09:00", "17:00", "", "", "MONDAY"));

		assertThat(List.of(noDay.status(), badBreak.status(), halfBreak.status(), nowhere.status())).containsOnly(422);
		assertThat(noDay.text()).contains("Tick the weekdays these hours are for", "Work must end after it starts, on the same day");
		assertThat(noDay.inputValue("starts")).isEqualTo("17:00");
		assertThat(badBreak.text()).contains("The break must start after work starts, and end after it starts and before work ends");
		assertThat(halfBreak.text()).contains("Enter when the break ends, e.g. 13:00, or leave both break times empty");
		assertThat(nowhere.text()).contains("Choose the location");
		assertThat(admin.get("/admin/therapists/" + id).text()).contains("No weekly hours yet");
	}

	@Test
	void hoursWhereNoCredentialIsValidWarnThatTheTherapistCannotBeBookedThere() {
		var admin = WebSession.signedInAdmin(port);
		long ontario = PracticeSetUp.location(admin, "America/Toronto", "CA-ON");
		long unset = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		jdbc.sql("update locations set jurisdiction = null where id = :id").param("id", unset).update();
		long id = licensedTherapist(admin, "Ursula Unlicensed", "US-IL");
		admin.get("/admin/therapists/" + id);

		admin.post("/admin/therapists/" + id + "/hours", hours(ontario, "09:00", "12:00", "", "", "MONDAY"));
		admin.post("/admin/therapists/" + id + "/hours", hours(unset, "09:00", "12:00", "", "", "TUESDAY"));

		var page = admin.get("/admin/therapists/" + id);
		assertThat(page.text()).contains("can't be booked here today: no credential of theirs is valid in CA-ON today (rule L1)",
				"times in America/Toronto", "can't be booked here today: the location has no jurisdiction yet");
	}

	@Test
	void aOneOffDayReplacesTheWeeklyHoursAndCannotOverlapAnother() {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long id = licensedTherapist(admin, "Dora Dayswap", "US-IL");
		String day = PracticeSetUp.today().plusDays(9).toString();
		admin.get("/admin/therapists/" + id);

		var added = admin.post("/admin/therapists/" + id + "/days", List.of("dayLocation", "" + location, "day", day, "dayStarts", "10:00",
				"dayEnds", "14:00"));
		var overlap = admin.post("/admin/therapists/" + id + "/days", List.of("dayLocation", "" + location, "day", day, "dayStarts", "13:00",
				"dayEnds", "15:00"));
		var past = admin.post("/admin/therapists/" + id + "/days", List.of("dayLocation", "" + location, "day",
				PracticeSetUp.today().minusDays(1).toString(), "dayStarts", "10:00", "dayEnds", "09:00"));

		assertThat(added.location()).isEqualTo("/admin/therapists/" + id + "?day");
		var page = admin.follow(added);
		String entry = page.itemWith("10:00–14:00");
		assertThat(entry).contains("10:00–14:00 at Studio", "(America/Chicago)");
		assertThat(overlap.status()).isEqualTo(409);
		assertThat(overlap.text()).contains("This therapist has other hours that day that overlap these");
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.text()).contains("Choose today or a later date", "Work must end after it starts");
		String remove = page.find("action=\"(/admin/therapists/" + id + "/days/\\d+/remove)\"");
		assertThat(admin.post(remove).location()).isEqualTo("/admin/therapists/" + id + "?removed");
		assertThat(admin.get("/admin/therapists/" + id).text()).contains("No one-off day coming up");
		assertThat(admin.post(remove).status()).as("removed already").isEqualTo(404);
	}

	@Test
	void timeOffIsTypedInANamedZoneAndShownOnTheClockOfWhereTheTherapistWorks() {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long id = licensedTherapist(admin, "Hal Holiday", "US-IL");
		int year = PracticeSetUp.today().getYear() + 1;
		admin.get("/admin/therapists/" + id);
		admin.post("/admin/therapists/" + id + "/hours", hours(location, "09:00", "17:00", "", "", "MONDAY"));
		admin.get("/admin/therapists/" + id);

		var holiday = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", year + "-01-12T09:00", "offUntil",
				year + "-01-15T18:00", "offZone", "America/Chicago", "reason", "Family visit"));
		var inUtc = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", year + "-02-01T15:00", "offUntil",
				year + "-02-01T23:00", "offZone", "UTC", "reason", ""));
		var overlap = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", year + "-01-14T00:00", "offUntil",
				year + "-01-20T00:00", "offZone", "America/Chicago", "reason", "Again"));

		assertThat(holiday.location()).isEqualTo("/admin/therapists/" + id + "?time-off");
		assertThat(inUtc.isRedirect()).as(inUtc.body()).isTrue();
		var page = admin.get("/admin/therapists/" + id);
		assertThat(page.text()).contains("Times in America/Chicago.");
		assertThat(page.itemWith("Family visit")).startsWith("12 Jan " + year + ", 09:00 CST until 15 Jan " + year + ", 18:00 CST: Family visit");
		assertThat(page.text()).contains("1 Feb " + year + ", 09:00 CST until 1 Feb " + year + ", 17:00 CST");
		assertThat(overlap.status()).isEqualTo(409);
		assertThat(overlap.text()).contains("This overlaps time off already on record");
		String remove = page.find("action=\"(/admin/therapists/" + id + "/time-off/\\d+/remove)\"");
		admin.post(remove);
		assertThat(admin.get("/admin/therapists/" + id).text()).doesNotContain("Family visit");
	}

	@Test
	void refusesTimeOffThatEndsBeforeItStartsOrIsOverAlready() {
		var admin = WebSession.signedInAdmin(port);
		long id = licensedTherapist(admin, "Tim Timewarp", "US-IL");
		int year = PracticeSetUp.today().getYear() + 1;
		admin.get("/admin/therapists/" + id);

		var backwards = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", year + "-03-02T09:00", "offUntil",
				year + "-03-01T09:00", "offZone", "UTC", "reason", ""));
		var over = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", "2020-03-01T09:00", "offUntil",
				"2020-03-02T09:00", "offZone", "UTC", "reason", ""));
		var badZone = admin.post("/admin/therapists/" + id + "/time-off", List.of("offFrom", "", "offUntil", year + "-03-02T09:00",
				"offZone", "Mars/Olympus", "reason", "r".repeat(201)));

		assertThat(List.of(backwards.status(), over.status(), badZone.status())).containsOnly(422);
		assertThat(backwards.text()).contains("The time off must end after it starts");
		assertThat(over.text()).contains("This time off is over already");
		assertThat(badZone.text()).contains("Choose the time zone the times are in", "Enter when the time off starts",
				"Keep the reason to 200 characters or fewer");
		assertThat(admin.get("/admin/therapists/" + id).text()).contains("No time off coming up");
	}

	@Test
	void anotherTherapistsHoursCannotBeRemovedThroughThisTherapist() {
		var admin = WebSession.signedInAdmin(port);
		long location = PracticeSetUp.location(admin, "America/Chicago", "US-IL");
		long owner = licensedTherapist(admin, "Ola Owner", "US-IL");
		long other = licensedTherapist(admin, "Oz Other", "US-IL");
		admin.get("/admin/therapists/" + owner);
		admin.post("/admin/therapists/" + owner + "/hours", hours(location, "09:00", "17:00", "", "", "FRIDAY"));
		String entry = admin.get("/admin/therapists/" + owner).find("action=\"/admin/therapists/" + owner + "/hours/(\\d+)/remove\"");

		assertThat(admin.post("/admin/therapists/" + other + "/hours/" + entry + "/remove").status()).isEqualTo(404);
		assertThat(admin.post("/admin/therapists/" + other + "/time-off/" + entry + "/remove").status()).isEqualTo(404);
		assertThat(admin.get("/admin/therapists/" + owner).rowWith("Friday")).startsWith("Friday 09:00–17:00");
		assertThat(admin.post("/admin/therapists/" + owner + "/hours/" + entry + "/remove").isRedirect()).isTrue();
		assertThat(admin.get("/admin/therapists/" + owner).rowWith("Friday")).isNull();
	}

	private static long licensedTherapist(WebSession admin, String name, String jurisdiction) {
		long id = PracticeSetUp.therapistWithProfile(admin, name + " " + PracticeSetUp.unique());
		PracticeSetUp.addCredential(admin, id, PracticeSetUp.licence("L-" + PracticeSetUp.unique(), jurisdiction, PracticeSetUp.today().plusYears(1)));
		return id;
	}

	private static List<String> hours(long location, String starts, String ends, String breakStarts, String breakEnds, String... days) {
		List<String> form = new ArrayList<>(List.of("hoursLocation", "" + location, "starts", starts, "ends", ends, "breakStarts", breakStarts,
				"breakEnds", breakEnds));
		for (String day : days) {
			form.add("weekdays");
			form.add(day);
		}
		return form;
	}
}
