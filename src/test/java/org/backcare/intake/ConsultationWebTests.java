package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ConsultationWebTests {

	static final List<String> PAIN = List.of("painOnset", LocalDate.now().minusWeeks(8).toString(), "painNow", "6",
			"painAverageWeek", "5", "activity1", "Putting on socks", "activity1Rating", "4", "legSymptoms", "NONE");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void savesEachStepAndResumesAtTheSavedStepWithTheAnswersFilledIn() {
		var client = WebSession.signedInClient(port, "Robin Resume", TestData.email("resume"));
		assertThat(client.get("/account/consultation").location()).isEqualTo("/account/consultation/step/1");
		client.get("/account/consultation/step/1");

		assertThat(client.post("/account/consultation/step/1", PAIN).location()).isEqualTo("/account/consultation/step/2");
		assertThat(client.get("/account/consultation/step/2").status()).isEqualTo(200);
		assertThat(client.post("/account/consultation/step/2", List.of("redFlags", "MINOR_TRAUMA")).location())
			.isEqualTo("/account/consultation/step/3");

		// Leaving and coming back: on to the saved step, the earlier answers still there.
		assertThat(client.get("/account/consultation").location()).isEqualTo("/account/consultation/step/3");
		var pain = client.get("/account/consultation/step/1");
		assertThat(pain.inputValue("painOnset")).isEqualTo(PAIN.get(1));
		assertThat(pain.inputValue("activity1")).isEqualTo("Putting on socks");
		assertThat(pain.checked("painNow-6")).isTrue();
		assertThat(client.get("/account/consultation/step/2").checked("redFlags-MINOR_TRAUMA")).isTrue();
		assertThat(client.get("/account/consultation/step/5").location()).as("not reached yet")
			.isEqualTo("/account/consultation/step/3");
	}

	@Test
	void answers422WithFieldMessagesAndKeepsWhatWasTyped() {
		var client = WebSession.signedInClient(port, "Val Idation", TestData.email("invalid"));
		client.get("/account/consultation/step/1");

		var refused = client.post("/account/consultation/step/1", List.of("painOnset",
				LocalDate.now().plusDays(3).toString(), "activity1", "Gardening", "legSymptoms", "NONE"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("cannot be in the future")
			.contains("Choose how bad your pain is right now")
			.contains("Rate how well you can do this activity");
		assertThat(refused.inputValue("activity1")).isEqualTo("Gardening");
		assertThat(client.get("/account/consultation").location()).as("nothing invalid was saved")
			.isEqualTo("/account/consultation/step/1");
	}

	@Test
	void anEmergencyAnswerShowsWhatToDoAtOnceAndAlertsThePracticeOnce() {
		String email = TestData.email("emergency");
		var client = WebSession.signedInClient(port, "Emma Emergency", email);
		client.get("/account/consultation/step/1");
		client.post("/account/consultation/step/1", PAIN);
		client.get("/account/consultation/step/2");

		var checked = client.htmxPost("/account/consultation/step/2", List.of("redFlags", "SADDLE_NUMBNESS"));
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.body()).contains("role=\"alert\"").doesNotContain("<html");
		assertThat(checked.text()).contains("Go to the emergency department now").contains("call your local emergency number");

		var saved = client.post("/account/consultation/step/2", List.of("redFlags", "SADDLE_NUMBNESS"));
		assertThat(saved.status()).as("stays on the guidance instead of moving on").isEqualTo(200);
		assertThat(saved.text()).contains("Go to the emergency department now").contains("Continue the consultation");

		assertThat(jdbc.sql("""
				select a.outcome || ':' || array_to_string(a.rules, ',') from practice_alerts a
				join accounts c on c.id = a.client_id where c.email = :email""").param("email", email).query(String.class).list())
			.containsExactly("EMERGENCY:S1");
		assertThat(client.get("/account/consultation/result").text()).contains("Booking is blocked");

		var alert = TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, "Emma Emergency");
		assertThat(alert).as("one alert email to the practice, however often the answer was saved").hasSize(1);
		assertThat(TestMail.subject(alert.get(0))).startsWith("Emergency answers in a consultation");
		assertThat(TestMail.text(alert.get(0))).contains(email).contains("S1").contains("emergency department");
	}

	@Test
	void aHarmlessSafetyAnswerShowsNoGuidance() {
		var client = WebSession.signedInClient(port, "Cal Calm", TestData.email("calm"));
		client.get("/account/consultation/step/1");
		client.post("/account/consultation/step/1", PAIN);
		client.get("/account/consultation/step/2");

		var checked = client.htmxPost("/account/consultation/step/2", List.of("redFlags", "MINOR_TRAUMA"));

		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.body()).doesNotContain("role=\"alert\"");
	}

	@Test
	void submitsWithASignedConsentThatCannotBeChangedAndLinksToThePlan() {
		String email = TestData.email("submit");
		var client = WebSession.signedInClient(port, "Sam Submit", email);
		client.get("/account/consultation/step/1");
		client.post("/account/consultation/step/1", PAIN);
		client.post("/account/consultation/step/2", List.of());
		client.post("/account/consultation/step/3", List.of("causes", "MUSCLE_STRAIN", "medicines", "Ibuprofen sometimes"));
		client.post("/account/consultation/step/4", List.of("pressure", "MEDIUM", "goals", "PAIN_RELIEF", "sitsMostOfDay", "yes"));
		var consent = client.get("/account/consultation/step/5");
		assertThat(consent.text()).contains("Screening is not a diagnosis");

		assertThat(client.post("/account/consultation/step/5", List.of("typedName", "")).status()).isEqualTo(422);
		assertThat(client.post("/account/consultation/step/5", List.of("typedName", "Sam Submit")).location())
			.isEqualTo("/account/consultation/result");

		var result = client.get("/account/consultation/result");
		assertThat(result.text()).contains("A licensed therapist reviews and approves it before you book your sessions")
			.contains("Read your care plan");
		assertThat(client.get("/account/plan").text()).contains("Swedish");
		assertThat(client.get("/account/consultation").location()).isEqualTo("/account/consultation/result");

		long clientId = jdbc.sql("select id from accounts where email = :email").param("email", email).query(Long.class).single();
		assertThat(jdbc.sql("select status from consultations where client_id = :id").param("id", clientId)
			.query(String.class).single()).isEqualTo("SUBMITTED");
		assertThatThrownBy(() -> jdbc.sql("update consents set typed_name = 'Someone Else' where client_id = :id")
			.param("id", clientId).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("delete from consents where client_id = :id").param("id", clientId).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select typed_name from consents where client_id = :id").param("id", clientId)
			.query(String.class).single()).isEqualTo("Sam Submit");
	}

	@Test
	void aClientHasOneDraftAtATime() {
		String email = TestData.email("onedraft");
		var client = WebSession.signedInClient(port, "Olly One", email);
		client.get("/account/consultation");
		long clientId = jdbc.sql("select id from accounts where email = :email").param("email", email).query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("insert into consultations (client_id) values (:id)").param("id", clientId).update())
			.isInstanceOf(DuplicateKeyException.class);
		client.get("/account/consultation");
		assertThat(jdbc.sql("select count(*) from consultations where client_id = :id").param("id", clientId)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aNewConsentVersionAsksAgainAndTheOldSignatureStays() {
		String email = TestData.email("reconsent");
		var client = WebSession.signedInClient(port, "Rae Consent", email);
		org.backcare.TestConsultations.submitChronicDeskWorker(client, "Rae Consent");
		// The practice publishes a new version; it keeps every sentence of the old one, so other tests still read them.
		int newVersion = jdbc.sql("""
				insert into consent_versions (version, text)
				select max(version) + 1, (select text from consent_versions order by version desc limit 1)
				       || E'\n\nNew in this version: we may call you the day after your first session.'
				from consent_versions returning version""").query(Integer.class).single();

		client.get("/account/consultation/result");
		client.post("/account/consultation/new");
		var consent = client.get("/account/consultation/step/5");
		assertThat(consent.status()).isEqualTo(302);
		client.get("/account/consultation/step/1");
		client.post("/account/consultation/step/1", org.backcare.TestConsultations.CHRONIC_PAIN);
		client.post("/account/consultation/step/2", List.of());
		client.post("/account/consultation/step/3", List.of("causes", "MUSCLE_STRAIN"));
		client.post("/account/consultation/step/4", List.of("pressure", "MEDIUM"));
		consent = client.get("/account/consultation/step/5");

		assertThat(consent.text()).contains("Consent, version " + newVersion, "we may call you the day after")
			.contains("Type your full name to sign");
		assertThat(client.post("/account/consultation/step/5", List.of("typedName", "Rae Consent")).location())
			.isEqualTo("/account/consultation/result");
		long clientId = jdbc.sql("select id from accounts where email = :email").param("email", email).query(Long.class).single();
		assertThat(jdbc.sql("select version from consents where client_id = :id order by version").param("id", clientId)
			.query(Integer.class).list()).containsExactly(newVersion - 1, newVersion);
	}
}
