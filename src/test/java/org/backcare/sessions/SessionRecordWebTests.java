package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class SessionRecordWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTherapistFillsInTheRecordWithoutJavaScriptSignsItAndSeesItLocked() {
		var practice = new RecordPractice(jdbc, port, "Nina Notes", "Otto Client");
		practice.approvedPlan("Otto Client");
		long booking = practice.booking(Duration.ofHours(-1));
		var web = practice.therapistWeb();
		String path = "/therapist/sessions/" + booking;

		var page = web.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Session record: Otto Client", "America/Chicago", "Recommended pressure today",
				"Patient-Specific Functional Scale");
		var saved = web.post(path, List.of("version", "0", "painBefore", "6", "techniques", "DEEP_TISSUE", "pressure", "3",
				"positions", "PRONE", "areas", "LOWER_BACK_LEFT", "areas", "BUTTOCK_RIGHT", "feedback.DEEP_TISSUE.pressure", "TOO_MUCH",
				"feedback.DEEP_TISSUE.radiating", "yes", "painAfter", "4", "subjective", "Sore after gardening",
				"psfsActivity", "Gardening", "psfsRating", "3", "psfsActivity", "", "psfsRating", "", "psfsActivity", "", "psfsRating", ""));
		assertThat(saved.location()).isEqualTo(path + "?saved");
		page = web.get(path + "?saved");
		assertThat(page.checked("area-LOWER_BACK_LEFT")).isTrue();
		assertThat(page.checked("area-SACRUM")).isFalse();
		assertThat(page.body()).contains("Sore after gardening");

		assertThat(web.post(path + "/signature", List.of("version", "1")).location()).isEqualTo(path + "?signed");
		page = web.get(path + "?signed");
		assertThat(page.text()).contains("Signed by Nina Notes on", "radiating into a leg: stop this technique M5", "Gardening: 3/10");
		assertThat(page.body()).doesNotContain("name=\"painBefore\"");

		var late = web.post(path, List.of("version", "1", "painBefore", "2"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.text()).contains("This note is signed; add an addendum.");

		assertThat(web.post(path + "/addenda", List.of("text", "   ")).status()).isEqualTo(422);
		assertThat(web.post(path + "/addenda", List.of("text", "Client phoned: leg fine next day")).location()).isEqualTo(path + "?addendum");
		assertThat(web.get(path).itemWith("leg fine next day")).contains("Nina Notes");

		long next = practice.booking(Duration.ofDays(2));
		assertThat(web.get("/therapist/sessions/" + next).text()).contains("Stop Deep tissue: it reproduced leg symptoms (M5)",
				"One level lighter: The client found the pressure too much");
	}

	@Test
	void badValuesComeBackWithTheirMessagesAndAStaleSaveShowsTheLatest() {
		var practice = new RecordPractice(jdbc, port, "Pia Page", "Quinn Client");
		long booking = practice.booking(Duration.ofHours(-1));
		var web = practice.therapistWeb();
		String path = "/therapist/sessions/" + booking;
		web.get(path);
		var bad = web.post(path, List.of("version", "0", "painBefore", "12", "subjective", "kept as typed"));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.text()).contains("Pain before must be a whole number from 0 to 10.");
		assertThat(bad.body()).contains("kept as typed");

		assertThat(web.post(path, List.of("version", "0", "painBefore", "5")).status()).isEqualTo(302);
		var stale = web.post(path, List.of("version", "0", "painBefore", "7"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text()).contains("saved by someone else meanwhile (it is now version 1)");
		assertThat(stale.checked("painBefore-5")).isFalse();
		assertThat(stale.body()).contains("value=\"5\" checked");
	}

	@Test
	void aNewRedFlagStopsTheSessionAndShowsWhereToSendTheClient() {
		var practice = new RecordPractice(jdbc, port, "Rosa Rescreen", "Sven Client");
		long booking = practice.booking(Duration.ofMinutes(-10));
		var web = practice.therapistWeb();
		String path = "/therapist/sessions/" + booking;
		web.get(path);
		assertThat(web.post(path, List.of("version", "0", "painBefore", "4", "flags", "FEVER_OR_CHILLS")).status()).isEqualTo(302);
		var page = web.get(path);
		assertThat(page.text()).contains("Session stopped: See a doctor today", "S2", "Please see a doctor today");
		var treated = web.post(path, List.of("version", "1", "painBefore", "4", "flags", "FEVER_OR_CHILLS", "techniques", "SWEDISH"));
		assertThat(treated.status()).isEqualTo(422);
		assertThat(treated.text()).contains("The re-screen stopped this session");
	}

	@Test
	void onlyTheBookingsTherapistOpensItTheAdminReadsItAndOthersGetA404() {
		var practice = new RecordPractice(jdbc, port, "Tara Own", "Ugo Client");
		long booking = practice.booking(Duration.ofHours(-1));
		var web = practice.therapistWeb();
		web.get("/therapist/sessions/" + booking);
		web.post("/therapist/sessions/" + booking, List.of("version", "0", "painBefore", "3"));

		var other = practice.signedIn(practice.otherTherapist().email());
		assertThat(other.get("/therapist/sessions/" + booking).status()).isEqualTo(404);
		other.get("/therapist");
		assertThat(other.post("/therapist/sessions/" + booking, List.of("version", "1", "painBefore", "9")).status()).isEqualTo(404);
		assertThat(other.post("/therapist/sessions/" + booking + "/signature", List.of("version", "1")).status()).isEqualTo(404);
		// the therapist area is closed to clients whatever the id: nothing about the record shows
		assertThat(practice.clientWeb().get("/therapist/sessions/" + booking).status()).isEqualTo(403);

		var admin = WebSession.signedInAdmin(port);
		var read = admin.get("/admin/sessions/" + booking);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text()).contains("Pain before 3/10");
		assertThat(read.body()).doesNotContain("Sign note");

		practice.cancel(booking);
		assertThat(web.get("/therapist/sessions/" + booking).status()).isEqualTo(404);
	}

	@Test
	void unsignedNotesOlderThanADayAreListedWithTheComingSessions() {
		var practice = new RecordPractice(jdbc, port, "Ulla List", "Vic Client");
		long old = practice.booking(Duration.ofDays(-2));
		long coming = practice.booking(Duration.ofHours(5));
		var web = practice.therapistWeb();
		web.get("/therapist/sessions/" + old);
		web.post("/therapist/sessions/" + old, List.of("version", "0", "painBefore", "3"));
		jdbc.sql("update session_records set created_at = now() - interval '2 days' where booking_id = ?").param(old).update();

		var list = web.get("/therapist/sessions");
		assertThat(list.itemWith("/therapist/sessions/" + old)).contains("Vic Client");
		assertThat(list.itemWith("/therapist/sessions/" + coming)).contains("Start the record");
		assertThat(web.get("/therapist").body()).contains("href=\"/therapist/sessions\"");
	}
}
