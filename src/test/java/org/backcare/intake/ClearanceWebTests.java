package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ClearanceWebTests {

	private static final byte[] PDF = "%PDF-1.4\n% a surgeon's letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClearanceWithALetterLiftsTheBlockAndProposesAPlanThatKeepsTheFindingAsAWarning() {
		String email = TestData.email("operated");
		var client = blockedClient("Olga Operated", email);
		assertThat(client.get("/account/consultation/result").text()).contains("Booking is blocked for now")
			.doesNotContain("Read your care plan");
		assertThat(client.get("/account/plan").text()).contains("You have no care plan yet");
		long consultation = consultationOf(email);
		var therapist = WebSession.signedInTherapist(port, "Cleo Clearer", TestData.email("cleo"));

		assertThat(therapist.get("/therapist/clearances").rowWith("Olga Operated")).contains("Clearance required", "M3", "Waiting");
		assertThat(therapist.get("/therapist/clearances/" + consultation).text()).contains("Record the clearance");
		var recorded = therapist.postMultipart("/therapist/clearances/" + consultation,
				List.of("clearedBy", "Dr Ana Ruiz, surgeon", "clearedOn", LocalDate.now().toString(), "note", ""), "letter",
				"C:\\scans\\clearance.pdf", "application/pdf", PDF);

		assertThat(recorded.location()).isEqualTo("/therapist/clearances/" + consultation + "?recorded");
		var page = therapist.follow(recorded);
		assertThat(page.text()).contains("The clearance is recorded", "Dr Ana Ruiz, surgeon", "clearance.pdf", "Cleo Clearer");
		var letter = therapist.get("/therapist/clearances/" + consultation + "/letter");
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.mediaType()).isEqualTo("application/pdf");
		assertThat(letter.header("Content-Disposition")).startsWith("attachment").contains("clearance.pdf");
		assertThat(letter.body()).startsWith("%PDF-");

		assertThat(client.get("/account/consultation/result").text()).contains("Dr Ana Ruiz, surgeon cleared you for massage",
				"Read your care plan").doesNotContain("Booking is blocked for now");
		assertThat(client.get("/account/plan").text()).contains("Cleared by a clinician before treatment");
		assertThat(therapist.get("/therapist/clearances").rowWith("Olga Operated")).contains("Cleared");
		assertThat(jdbc.sql("select count(*) from audit_log where action in ('clearance.recorded', 'clearance-letter.viewed') and subject = :s")
			.param("s", "consultation:" + consultation).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aNoteAloneIsEnoughAndTheClearanceCannotBeChangedOrRecordedTwice() {
		String email = TestData.email("noted");
		blockedClient("Nat Noted", email);
		long consultation = consultationOf(email);
		var therapist = WebSession.signedInTherapist(port, "Nia Noter", TestData.email("nia"));
		therapist.get("/therapist/clearances/" + consultation);

		var recorded = therapist.postMultipart("/therapist/clearances/" + consultation, List.of("clearedBy", "Dr Lee, GP", "clearedOn",
				LocalDate.now().minusDays(1).toString(), "note", "Fine for gentle massage.\nNo pressure on the scar."), null, null, null, null);
		var again = therapist.postMultipart("/therapist/clearances/" + consultation, List.of("clearedBy", "Dr Other", "clearedOn",
				LocalDate.now().toString(), "note", "Second"), null, null, null, null);

		assertThat(recorded.status()).isEqualTo(302);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("This consultation was cleared already", "Dr Lee, GP").doesNotContain("Dr Other");
		assertThatThrownBy(() -> jdbc.sql("update clearances set cleared_by = 'Someone' where consultation_id = :id")
			.param("id", consultation).update()).isInstanceOf(DataAccessException.class);
		assertThat(therapist.get("/therapist/clearances/" + consultation + "/letter").status()).isEqualTo(404);
	}

	@Test
	void refusesAClearanceWithoutLetterOrNoteADateAheadOrAFileThatIsNoLetter() {
		String email = TestData.email("refused");
		blockedClient("Rob Refused", email);
		long consultation = consultationOf(email);
		var therapist = WebSession.signedInTherapist(port, "Ray Refuser", TestData.email("ray"));
		therapist.get("/therapist/clearances/" + consultation);

		var empty = therapist.postMultipart("/therapist/clearances/" + consultation,
				List.of("clearedBy", "Dr Kim", "clearedOn", LocalDate.now().plusDays(2).toString(), "note", ""), null, null, null, null);
		var script = therapist.postMultipart("/therapist/clearances/" + consultation,
				List.of("clearedBy", "Dr Kim", "clearedOn", LocalDate.now().toString(), "note", ""), "letter", "letter.pdf",
				"application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.text()).contains("The clearance cannot be dated in the future",
				"Upload the clearance letter or write down what the clearance says");
		assertThat(empty.inputValue("clearedBy")).isEqualTo("Dr Kim");
		assertThat(script.status()).isEqualTo(422);
		assertThat(script.text()).contains("Upload the letter as a PDF, JPEG or PNG file");
		assertThat(jdbc.sql("select count(*) from clearances where consultation_id = :id").param("id", consultation)
			.query(Long.class).single()).isZero();
	}

	@Test
	void clientsCannotOpenTheClearancesAndABookableConsultationHasNone() {
		String email = TestData.email("curious");
		var client = WebSession.signedInClient(port, "Cy Curious", email);
		TestConsultations.submitChronicDeskWorker(client, "Cy Curious");
		var therapist = WebSession.signedInTherapist(port, "Pat Proper", TestData.email("pat"));

		assertThat(client.get("/therapist/clearances").status()).isEqualTo(403);
		assertThat(therapist.get("/therapist/clearances/" + consultationOf(email)).status()).isEqualTo(404);
		assertThat(therapist.get("/therapist/clearances/999999").status()).isEqualTo(404);
	}

	private WebSession blockedClient(String name, String email) {
		var client = WebSession.signedInClient(port, name, email);
		TestConsultations.submit(client, name, TestConsultations.CHRONIC_PAIN, List.of(),
				List.of("surgeryDate", LocalDate.now().minusWeeks(2).toString()), List.of("pressure", "MEDIUM"));
		return client;
	}

	private long consultationOf(String email) {
		return jdbc.sql("select c.id from consultations c join accounts a on a.id = c.client_id where a.email = :email")
			.param("email", email).query(Long.class).single();
	}
}
