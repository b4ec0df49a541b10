package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CarePlanReviewWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmittedConsultationProposesAPlanTheClientReadsWithReasonsWhileItWaitsForReview() {
		var client = WebSession.signedInClient(port, "Petra Proposed", TestData.email("proposed"));
		TestConsultations.submitChronicDeskWorker(client, "Petra Proposed");

		assertThat(client.get("/account/consultation/result").text()).contains("Read your care plan");
		var plan = client.get("/account/plan");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.text()).contains("A licensed therapist is reviewing this plan", "Swedish", "You asked for deep tissue work",
				"Stand up and move for a few minutes every half hour", "Movement breaks")
			.doesNotContain("Your home programme");
	}

	@Test
	void aClientWithoutAConsultationHasNoPlanYet() {
		var client = WebSession.signedInClient(port, "Nora None", TestData.email("none"));

		assertThat(client.get("/account/plan").text()).contains("You have no care plan yet");
	}

	@Test
	void theTherapistSeesRuleIdsAndSourcesAndTheClientsAnswers() {
		long planId = proposedPlanFor("Rita Rules");
		var therapist = WebSession.signedInTherapist(port, "Theo Rules", TestData.email("theo"));

		assertThat(therapist.get("/therapist").rowWith("Rita Rules")).contains("Swedish");
		var review = therapist.get("/therapist/plans/" + planId);

		assertThat(review.status()).isEqualTo(200);
		assertThat(review.text()).contains("Care plan for Rita Rules", "P3", "P7", "§4.2", "Sits most of the day Yes", "Movement breaks",
				"Deep tissue", "Waiting for approval", "Proposed by the plan engine");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'care-plan.viewed' and subject = :subject")
			.param("subject", "care-plan:" + planId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aChangeIsANewVersionWithWhoAndWhyAndApprovalAssignsTheHomeProgramme() {
		String email = TestData.email("changed");
		var client = WebSession.signedInClient(port, "Cora Changed", email);
		TestConsultations.submitChronicDeskWorker(client, "Cora Changed");
		long planId = planOf(email);
		var therapist = WebSession.signedInTherapist(port, "Tess Changer", TestData.email("tess"));
		therapist.get("/therapist/plans/" + planId);

		var changed = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "2", "3", "SWEDISH", "HIP_AND_GLUTE",
				"Lighter pressure first: she bruises easily."));
		assertThat(changed.location()).isEqualTo("/therapist/plans/" + planId + "?changed");

		var review = therapist.follow(changed);
		assertThat(review.text()).contains("Your change is saved as version 2");
		assertThat(review.rowWith("Lighter pressure first")).contains("Tess Changer", "2–3");
		assertThat(client.get("/account/plan").text()).contains("From light to moderate", "Version 2",
				"Tess Changer changed the plan on", "Lighter pressure first: she bruises easily.").doesNotContain("You asked for deep tissue work");

		var approved = therapist.post("/therapist/plans/" + planId + "/approval", List.of("version", "2"));
		assertThat(approved.location()).isEqualTo("/therapist/plans/" + planId + "?approved");
		var plan = client.get("/account/plan");
		assertThat(plan.text()).contains("Tess Changer approved this plan", "Your home programme");
		assertThat(client.get("/account/home-programme").text()).contains("Movement breaks");
		assertThat(therapist.get("/therapist").find("Cora Changed</a></td>\\s*<td>[^<]*</td>\\s*<td>(\\d+)</td>"))
			.as("the version column").isEqualTo("2");
	}

	@Test
	void refusesChangesOutsideTheRulesWithFieldMessagesAndKeepsWhatWasChosen() {
		long planId = proposedPlanFor("Uma Unsafe");
		var therapist = WebSession.signedInTherapist(port, "Ivo Invalid", TestData.email("ivo"));
		therapist.get("/therapist/plans/" + planId);

		var noReason = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "2", "4", "SWEDISH", null, " "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.text()).contains("Say why you change the plan");

		var inverted = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "4", "2", "SWEDISH", null, "Try it"));
		assertThat(inverted.status()).isEqualTo(422);
		assertThat(inverted.text()).contains("The lightest pressure cannot be firmer than the firmest");

		var deepButLight = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "1", "3", "DEEP_TISSUE", null, "Try it"));
		assertThat(deepButLight.status()).isEqualTo(422);
		assertThat(deepButLight.text()).contains("Deep tissue work and ashiatsu need pressure 4 or firmer");
		assertThat(deepButLight.checked("technique-DEEP_TISSUE")).isTrue();

		assertThat(jdbc.sql("select current_version from care_plans where id = :id").param("id", planId).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void neverLetsPressureAboveWhatTheRulesAllow() {
		String email = TestData.email("anticoagulated");
		var client = WebSession.signedInClient(port, "Abe Anticoagulated", email);
		TestConsultations.submit(client, "Abe Anticoagulated", TestConsultations.CHRONIC_PAIN, List.of(),
				List.of("conditions", "ANTICOAGULANTS"), List.of("pressure", "LIGHT"));
		long planId = planOf(email);
		var therapist = WebSession.signedInTherapist(port, "Fay Firm", TestData.email("fay"));
		therapist.get("/therapist/plans/" + planId);

		var tooFirm = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "2", "4", "SWEDISH", null, "He likes it firm"));

		assertThat(tooFirm.status()).isEqualTo(422);
		assertThat(tooFirm.text()).contains("The rules for this client allow pressure up to 3 at most");
		var excluded = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "1", "3", "SWEDISH", "DEEP_TISSUE", "Asked"));
		assertThat(excluded.status()).isEqualTo(422);
		assertThat(excluded.text()).contains("Deep tissue is excluded by rule M1");
	}

	@Test
	void aChangeOnAStaleVersionIsA409ThatShowsTheLatestVersion() {
		long planId = proposedPlanFor("Sid Stale");
		var therapist = WebSession.signedInTherapist(port, "Ada Stale", TestData.email("ada"));
		therapist.get("/therapist/plans/" + planId);
		therapist.post("/therapist/plans/" + planId + "/changes", change(1, "2", "3", "SWEDISH", null, "Lighter first"));

		var stale = therapist.post("/therapist/plans/" + planId + "/changes", change(1, "1", "2", "SWEDISH", null, "Even lighter"));
		var staleApproval = therapist.post("/therapist/plans/" + planId + "/approval", List.of("version", "1"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text()).contains("The plan changed while you were looking at it (it is now version 2)");
		assertThat(staleApproval.status()).isEqualTo(409);
		assertThat(jdbc.sql("select status from care_plans where id = :id").param("id", planId).query(String.class).single())
			.isEqualTo("PROPOSED");
	}

	@Test
	void aPlanAnotherTherapistTookOnIsNotFoundAndClientsCannotReview() {
		String email = TestData.email("taken");
		var client = WebSession.signedInClient(port, "Tia Taken", email);
		TestConsultations.submitChronicDeskWorker(client, "Tia Taken");
		long planId = planOf(email);
		var first = WebSession.signedInTherapist(port, "First Therapist", TestData.email("first"));
		first.get("/therapist/plans/" + planId);
		first.post("/therapist/plans/" + planId + "/approval", List.of("version", "1"));
		var second = WebSession.signedInTherapist(port, "Second Therapist", TestData.email("second"));

		assertThat(second.get("/therapist/plans/" + planId).status()).isEqualTo(404);
		assertThat(second.get("/therapist").text()).doesNotContain("Tia Taken");
		assertThat(client.get("/therapist/plans/" + planId).status()).isEqualTo(403);
		assertThat(client.post("/therapist/plans/" + planId + "/approval", List.of("version", "1")).status()).isEqualTo(403);
	}

	@Test
	void aNewConsultationSupersedesThePlan() {
		String email = TestData.email("again");
		var client = WebSession.signedInClient(port, "Gus Again", email);
		TestConsultations.submitChronicDeskWorker(client, "Gus Again");
		long first = planOf(email);

		client.get("/account/consultation/result");
		assertThat(client.post("/account/consultation/new").location()).isEqualTo("/account/consultation/step/1");
		assertThat(client.get("/account/consultation/step/1").inputValue("activity1")).isEqualTo("Sitting at my desk");
		TestConsultations.submitChronicDeskWorker(client, "Gus Again");

		assertThat(jdbc.sql("select status from care_plans where id = :id").param("id", first).query(String.class).single())
			.isEqualTo("SUPERSEDED");
		assertThat(planOf(email)).isNotEqualTo(first);
	}

	@Test
	void twoTherapistsApprovingAtOnceLeaveOneApprovalAndOneConflict() throws Exception {
		long planId = proposedPlanFor("Rae Race");
		var therapists = List.of(WebSession.signedInTherapist(port, "Race One", TestData.email("race1")),
				WebSession.signedInTherapist(port, "Race Two", TestData.email("race2")),
				WebSession.signedInTherapist(port, "Race Three", TestData.email("race3")));
		therapists.forEach(therapist -> therapist.get("/therapist/plans/" + planId));

		var attempts = new ArrayList<Callable<Integer>>();
		therapists.forEach(therapist -> attempts.add(
				() -> therapist.post("/therapist/plans/" + planId + "/approval", List.of("version", "1")).status()));
		List<Integer> statuses = Together.run(attempts);

		// The winner is redirected; the others find the plan approved (409) or already someone else's (404).
		assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
		assertThat(statuses).allMatch(status -> status == 302 || status == 409 || status == 404);
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'care-plan.approved' and subject = :subject")
			.param("subject", "care-plan:" + planId).query(Long.class).single()).isEqualTo(1);
	}

	private long proposedPlanFor(String name) {
		String email = TestData.email(name.toLowerCase().replace(' ', '-'));
		var client = WebSession.signedInClient(port, name, email);
		TestConsultations.submitChronicDeskWorker(client, name);
		return planOf(email);
	}

	private long planOf(String email) {
		return jdbc.sql("""
				select p.id from care_plans p join accounts a on a.id = p.client_id
				where a.email = :email and p.status <> 'SUPERSEDED'""").param("email", email).query(Long.class).single();
	}

	private static List<String> change(int version, String min, String max, String technique, String another, String reason) {
		var pairs = new ArrayList<>(List.of("version", String.valueOf(version), "pressureMin", min, "pressureMax", max,
				"sessionMinutes", "60", "sessionsPerWeek", "1", "weeks", "10", "techniques", technique));
		if (another != null) {
			pairs.addAll(List.of("techniques", another));
		}
		pairs.addAll(List.of("reason", reason));
		return pairs;
	}
}
