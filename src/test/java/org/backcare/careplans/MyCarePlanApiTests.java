package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class MyCarePlanApiTests {

	@LocalServerPort
	int port;

	@Test
	void aClientReadsTheirOwnPlanInThePreviewShapeWithItsStatus() {
		String email = TestData.email("api-plan");
		var client = WebSession.signedInClient(port, "Ana Api", email);
		TestConsultations.submitChronicDeskWorker(client, "Ana Api");

		var mine = client.getJson("/api/v1/care-plans/mine", client.token(email, TestData.PASSWORD));

		assertThat(mine.status()).isEqualTo(200);
		var json = mine.json();
		assertThat(json.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(json.get("version").asInt()).isEqualTo(1);
		assertThat(json.get("approvedBy").isNull()).isTrue();
		assertThat(json.get("plan").get("techniques").get(0).get("technique").asString()).isEqualTo("SWEDISH");
		assertThat(json.get("plan").get("activeComponent").get("kind").asString()).isEqualTo("EXERCISE");
	}

	@Test
	void answers404AsAProblemBeforeTheFirstConsultation() {
		String email = TestData.email("api-none");
		var client = WebSession.signedInClient(port, "Noa None", email);

		var mine = client.getJson("/api/v1/care-plans/mine", client.token(email, TestData.PASSWORD));

		assertThat(mine.status()).isEqualTo(404);
		assertThat(mine.mediaType()).isEqualTo("application/problem+json");
		assertThat(mine.json().get("detail").asString()).isEqualTo("You have no care plan yet");
	}

	@Test
	void answers401WithoutAToken() {
		assertThat(new WebSession(port).getJson("/api/v1/care-plans/mine", null).status()).isEqualTo(401);
	}
}
