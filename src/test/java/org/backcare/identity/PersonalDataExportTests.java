package org.backcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A client's copy of everything BackCare holds about them: every module's part, and nobody else's. */
@BackCareTest
class PersonalDataExportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ClientRecords ada;

	ClientRecords ben;

	WebSession adaSession;

	@BeforeEach
	void twoClientsOfOneTherapist() {
		String therapistEmail = TestData.email("export-therapist");
		var therapist = WebSession.signedInTherapist(port, "Thea Export", therapistEmail);
		String adaEmail = TestData.email("ada");
		adaSession = WebSession.signedInClient(port, "Ada Export", adaEmail);
		ada = ClientRecords.of(jdbc, adaSession, "Ada Export", adaEmail, therapist, therapistEmail);
		String benEmail = TestData.email("ben");
		ben = ClientRecords.of(jdbc, WebSession.signedInClient(port, "Ben Other", benEmail), "Ben Other", benEmail, therapist,
				therapistEmail);
	}

	@Test
	void theApiExportHoldsEachModulesRecordsOfTheClientAndNothingOfAnother() {
		String token = adaSession.token(ada.email(), TestData.PASSWORD);

		var response = adaSession.getJson("/api/v1/me/export", token);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode export = response.json();
		assertThat(export.path("account").path("email").asString()).isEqualTo(ada.email());
		assertThat(export.path("account").path("accessTokens")).hasSize(1);
		assertThat(export.path("intake").path("consultations").get(0).path("id").asLong()).isEqualTo(ada.consultation());
		assertThat(export.path("intake").path("consultations").get(0).path("answers").toString()).contains("Sitting at my desk");
		assertThat(export.path("intake").path("consents").get(0).path("typedName").asString()).isEqualTo("Ada Export");
		assertThat(export.path("carePlans").get(0).path("id").asLong()).isEqualTo(ada.plan());
		assertThat(export.path("carePlans").get(0).path("versions")).isNotEmpty();
		assertThat(export.path("homeProgramme").path("items")).isNotEmpty();
		assertThat(export.path("homeProgramme").path("ticks").get(0).path("item_slug").asString()).isEqualTo("stay-active");
		assertThat(export.path("scheduling").path("bookings").findValuesAsString("id"))
			.containsExactly(String.valueOf(ada.pastBooking()), String.valueOf(ada.futureBooking()));
		assertThat(export.path("scheduling").path("waitlist").get(0).path("id").asLong()).isEqualTo(ada.waitlistEntry());
		assertThat(export.path("scheduling").path("calendarFeeds").get(0).path("audience").asString()).isEqualTo("CLIENT");
		assertThat(export.path("scheduling").path("therapistNames").toString()).contains("Thea Export");
		assertThat(export.path("sessions").path("sessionRecords").get(0).path("subjective").asString()).isEqualTo(ada.note());
		assertThat(export.path("sessions").path("sessionRecords").get(0).path("addenda").get(0).path("text").asString())
			.isEqualTo("Addendum for Ada Export");
		assertThat(export.path("sessions").path("psfsScores")).hasSize(1);
		assertThat(export.path("sessions").path("checkIns").get(0).path("pain_today").asInt()).isEqualTo(4);
		assertThat(export.path("sessions").path("progressReviews").isArray()).isTrue();
		assertThat(export.path("emails").findValuesAsString("subject")).contains("Your reminder");
		assertThat(export.path("emails").findValuesAsString("to")).containsOnly(ada.email());
		assertThat(export.path("recordAccess").findValuesAsString("action")).contains("care-plan.viewed");

		assertThat(response.body()).doesNotContain(ben.email(), "Ben Other", ben.note(), "token_hash", "password",
				"checkin-" + ada.email());
	}

	@Test
	void theAccountPageOffersTheSameCopyAsAJsonDownload() {
		assertThat(adaSession.get("/account").text()).contains("Download my data");

		var download = adaSession.get("/account/export");

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.mediaType()).isEqualTo("application/json");
		assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("backcare-my-data-").endsWith(".json\"");
		assertThat(download.json().path("account").path("email").asString()).isEqualTo(ada.email());
		assertThat(download.body()).doesNotContain(ben.email());
	}

	@Test
	void everyExportIsAuditLogged() {
		adaSession.get("/account/export");

		assertThat(jdbc.sql("select count(*) from audit_log where client_id = ? and action = 'personal-data.exported' and ip is not null")
			.param(ada.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void nobodyExportsWithoutSigningIn() {
		var anonymous = new WebSession(port);

		assertThat(anonymous.getJson("/api/v1/me/export", null).status()).isEqualTo(401);
		assertThat(anonymous.get("/account/export").location()).isEqualTo("/sign-in");
	}
}
