package org.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo practice that {@code ./mvnw spring-boot:run} shows: two clients with completed consultations and approved
 * plans (its own application context, with the demo profile on).
 */
@BackCareTest
@ActiveProfiles({ "test", "demo" })
class DemoPracticeTests {

	private static final String PASSWORD = "backcare-demo";

	@LocalServerPort
	int port;

	@Test
	void thePregnantDemoClientHasAnApprovedSideLyingPlanFromThePrenatalTherapist() {
		var priya = new WebSession(port);
		assertThat(priya.signIn("client2@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		var plan = priya.get("/account/plan");

		assertThat(plan.text()).contains("Tomás Herrera approved this plan", "Prenatal", "On your left side")
			.contains("Your home programme");
		String avoided = plan.find("Not:\\s*((?:<span class=\"intake-tag\">[^<]+</span>\\s*)+)");
		assertThat(avoided).contains("Face down", "On your back");
		assertThat(plan.text()).as("the plan ends by the due date, in words").containsPattern("ending by \\d{1,2} [A-Z][a-z]{2} \\d{4}\\.");
		assertThat(priya.get("/account/consultation/result").text()).contains("Read your care plan");
	}

	@Test
	void theDeskWorkerHasAnApprovedPlanAndAHomeProgramme() {
		var sam = new WebSession(port);
		assertThat(sam.signIn("client1@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		assertThat(sam.get("/account/plan").text()).contains("Maya Okafor approved this plan", "Swedish", "Movement breaks");
		assertThat(sam.get("/account/home-programme").text()).contains("Movement breaks");
	}

	@Test
	void thePracticeWorksAtOneLocationWithTwoRooms() {
		var admin = new WebSession(port);
		assertThat(admin.signIn("admin@demo.backcare.test", PASSWORD).location()).isEqualTo("/account");

		assertThat(admin.get("/admin/locations").rowWith("BackCare Riverside")).contains("America/Chicago", "2");
	}

	@Test
	void theirTherapistsSeeThePlansTheyApproved() {
		var maya = new WebSession(port);
		maya.signIn("therapist1@demo.backcare.test", PASSWORD);

		assertThat(maya.get("/therapist").rowWith("Sam Carter")).contains("Swedish");
		assertThat(maya.get("/therapist").text()).doesNotContain("Priya Nair");
	}
}
