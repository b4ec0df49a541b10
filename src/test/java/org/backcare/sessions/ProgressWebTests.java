package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.backcare.careplans.ApprovedPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class ProgressWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Progress progress;

	@Autowired
	ApprovedPlans plans;

	@Test
	void aClientSeesTheirOwnProgressWithTheResponderBadgeTheChartsAndTheirSessions() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Rosa Responder");
		var therapist = practice.therapist("Tom Therapist");
		var session = practice.withApprovedPlan(client, therapist);
		practice.session(client, therapist, 14, 6, 4);
		practice.session(client, therapist, 7, 5, 3);
		practice.session(client, therapist, 1, 3, 2);

		var page = session.get("/account/progress");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Meaningful improvement", "Pain from 6/10 at the start to 3/10 now: down 3 points",
				"The plan is on track.");
		assertThat(page.body()).contains("<title id=\"pain-chart-title\">Pain over time (NPRS)</title>",
				"<title id=\"activities-chart-title\">Activities over time (PSFS)</title>");
		assertThat(page.rowWith("Before the session")).isNotNull();
		assertThat(page.body().split("<tr>").length).isGreaterThan(4);
		assertThat(practice.audited(client, "progress.viewed")).isEqualTo(1);
		assertThat(session.get("/account").text()).contains("Your progress");
	}

	@Test
	void theClientsTherapistAndTheAdminSeeItAndEveryoneElseGets404() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Carla Client");
		var therapist = practice.therapist("Theo Therapist");
		practice.withApprovedPlan(client, therapist);
		practice.session(client, therapist, 3, 6, 5);
		String path = "/therapist/clients/" + client.id() + "/progress";

		var own = practice.signIn(therapist).get(path);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.text()).contains("Progress of Carla Client", "Too early to tell", "The plan is on track.");
		assertThat(WebSession.signedInAdmin(port).get(path).status()).isEqualTo(200);
		assertThat(practice.signIn(practice.therapist("Olga Other")).get(path).status()).isEqualTo(404);
		assertThat(practice.signIn(practice.client("Nosy Neighbour")).get(path).status()).isEqualTo(404);
		assertThat(practice.signIn(therapist).get("/therapist/clients/" + therapist.id() + "/progress").status()).isEqualTo(404);
		assertThat(practice.audited(client, "progress.viewed")).isEqualTo(2);
	}

	@Test
	void noMeaningfulChangeAfterThePlansSessionsAsksTheTherapistForAReviewThatPutsItBackOnTrack() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Uma Unchanged");
		var therapist = practice.therapist("Rita Reviewer");
		var clientSession = practice.withApprovedPlan(client, therapist);
		int reviewAfter = plans.of(client.id()).orElseThrow().plan().reassessAfterSessions();
		for (int i = 0; i < reviewAfter - 1; i++) {
			practice.session(client, therapist, 30 - i * 3, 6, 5);
			assertThat(progress.reassess(client.id(), Instant.now())).hasValueSatisfying(state -> assertThat(state.name()).isEqualTo("ON_TRACK"));
		}
		practice.session(client, therapist, 2, 6, 5);
		assertThat(progress.reassess(client.id(), Instant.now())).hasValueSatisfying(state -> assertThat(state.name()).isEqualTo("REVIEW"));
		assertThat(clientSession.get("/account/progress").text()).contains("The plan is due for review", "Your therapist will look at your plan with you");

		var therapistSession = practice.signIn(therapist);
		String path = "/therapist/clients/" + client.id() + "/progress";
		assertThat(therapistSession.get(path).text()).contains("The plan is due for review", "(O4)", "Save the review");
		var refused = therapistSession.post(path + "/review", List.of("seen", "REVIEW", "decision", "CONTINUE", "note", " "));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Write a note on what you reviewed and decided");

		var saved = therapistSession.post(path + "/review",
				List.of("seen", "REVIEW", "decision", "CONTINUE", "note", "Added daily walking; physician informed."));

		assertThat(saved.location()).isEqualTo(path + "?reviewed");
		assertThat(practice.progressState(client)).isEqualTo("ON_TRACK");
		assertThat(therapistSession.get(path + "?reviewed").text()).contains("Your review is saved",
				"Reviewed by Rita Reviewer: continue the plan. Added daily walking; physician informed.");
		assertThat(practice.audited(client, "progress.reviewed")).isEqualTo(1);
		progress.reassess(client.id(), Instant.now());
		assertThat(practice.progressState(client)).as("the same sessions do not flag it again").isEqualTo("ON_TRACK");
		var again = therapistSession.post(path + "/review", List.of("seen", "REVIEW", "decision", "CONTINUE", "note", "Twice"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void newLegWeaknessAtACheckInPausesThePlanUntilATherapistLiftsIt() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Paula Paused");
		var therapist = practice.therapist("Ben Therapist");
		var clientSession = practice.withApprovedPlan(client, therapist);
		long booking = practice.session(client, therapist, 5, 5, 4);
		practice.checkIn(client, booking, Instant.now().minusSeconds(3 * 86_400), 5, true);

		assertThat(progress.reassess(client.id(), Instant.now())).hasValueSatisfying(state -> assertThat(state.name()).isEqualTo("PAUSED"));
		practice.session(client, therapist, 1, 2, 1);
		progress.reassess(client.id(), Instant.now());

		assertThat(practice.progressState(client)).isEqualTo("PAUSED");
		assertThat(clientSession.get("/account/progress").text()).contains("The plan is paused", "Meaningful improvement");
	}

	@Test
	void aClientWithoutAPlanIsToldSoAndNothingIsMarked() {
		var practice = new ProgressPractice(jdbc, port);
		var client = practice.client("Nia New");

		assertThat(progress.reassess(client.id(), Instant.now())).isEmpty();
		var page = practice.signIn(client).get("/account/progress");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Too early to tell", "You have no approved care plan yet.", "No session recorded yet.");
	}
}
