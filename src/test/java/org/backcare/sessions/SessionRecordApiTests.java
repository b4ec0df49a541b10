package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class SessionRecordApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTherapistSavesReadsSignsAndAddsAnAddendumThroughTheApi() {
		var practice = new RecordPractice(jdbc, port, "Ana Api", "Carl Client");
		long booking = practice.booking(Duration.ofHours(-2));
		String token = practice.therapistToken();
		var api = new WebSession(port);

		var saved = put(api, booking, token, """
				{"version":0,"painBefore":6,"painAfter":4,"techniques":["SWEDISH"],"pressure":3,"positions":["PRONE"],
				 "areas":["LOWER_BACK_LEFT","SACRUM"],"feedback":[{"technique":"SWEDISH","pressure":"COMFORTABLE","painDuring":false,"radiating":false}],
				 "subjective":"Stiff after sitting","psfs":{"activities":["Sitting"],"ratings":[4]}}""");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(1);
		assertThat(saved.json().path("areas").toString()).contains("LOWER_BACK_LEFT", "SACRUM");

		var read = api.getJson("/api/v1/sessions/" + booking + "/record", token);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("subjective").asString()).isEqualTo("Stiff after sitting");
		assertThat(read.json().path("psfs").path("activities").get(0).asString()).isEqualTo("Sitting");

		var stale = put(api, booking, token, "{\"version\":0,\"painBefore\":2}");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.mediaType()).isEqualTo("application/problem+json");
		assertThat(stale.json().path("latest").path("painBefore").asInt()).isEqualTo(6);

		var signed = api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{\"version\":1}", token);
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().path("signedAt").isNull()).isFalse();

		var afterSigning = put(api, booking, token, "{\"version\":1,\"painBefore\":2}");
		assertThat(afterSigning.status()).isEqualTo(409);
		assertThat(afterSigning.json().path("detail").asString()).isEqualTo("This note is signed; add an addendum.");
		assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token).status()).isEqualTo(409);

		var addendum = api.postJson("/api/v1/sessions/" + booking + "/record/addenda", "{\"text\":\"Client called: pain eased\"}", token);
		assertThat(addendum.status()).as(addendum.body()).isEqualTo(201);
		assertThat(api.getJson("/api/v1/sessions/" + booking + "/record", token).json().path("addenda").get(0).path("authorName").asString())
			.isEqualTo("Ana Api");
		assertThat(jdbc.sql("select action from audit_log where subject = :subject order by id")
			.param("subject", "session-record:" + booking)
			.query(String.class)
			.list()).contains("session-record.saved", "session-record.viewed", "session-record.signed",
					"session-record.addendum-added");
	}

	@Test
	void badValuesAreRefusedWithTheFieldNamed() {
		var practice = new RecordPractice(jdbc, port, "Bea Bad", "Cleo Client");
		long booking = practice.booking(Duration.ofHours(-2));
		String token = practice.therapistToken();
		var api = new WebSession(port);
		var bad = put(api, booking, token, "{\"version\":0,\"painBefore\":11,\"pressure\":\"firm\",\"areas\":[\"KNEE\"]}");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.mediaType()).isEqualTo("application/problem+json");
		assertThat(bad.json().path("fieldErrors").toString()).contains("\"painBefore\"", "\"pressure\"", "\"areas\"");
		assertThat(put(api, booking, token, "[1]").status()).isEqualTo(422);
		assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token).status()).isEqualTo(409);
		assertThat(put(api, booking, token, "{\"version\":0}").status()).isEqualTo(200);
		assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/addenda", "{\"text\":\"early\"}", token).status())
			.isEqualTo(409);
		assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{\"version\":\"one\"}", token).status())
			.isEqualTo(422);
		api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token);
		var empty = api.postJson("/api/v1/sessions/" + booking + "/record/addenda", "{\"text\":\"  \"}", token);
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("text");
	}

	@Test
	void anotherTherapistTheClientAndACancelledBookingGetA404OnEveryEndpoint() {
		var practice = new RecordPractice(jdbc, port, "Cora Own", "Dan Client");
		long booking = practice.booking(Duration.ofHours(-2));
		var api = new WebSession(port);
		assertThat(put(api, booking, practice.therapistToken(), "{\"version\":0,\"painBefore\":3}").status()).isEqualTo(200);
		var other = practice.otherTherapist();
		String otherToken = new WebSession(port).token(other.email(), TestData.PASSWORD);
		for (String token : new String[] { otherToken, practice.clientToken() }) {
			assertThat(api.getJson("/api/v1/sessions/" + booking + "/record", token).status()).isEqualTo(404);
			assertThat(put(api, booking, token, "{\"version\":1,\"painBefore\":9}").status()).isEqualTo(404);
			assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token).status()).isEqualTo(404);
			assertThat(api.postJson("/api/v1/sessions/" + booking + "/record/addenda", "{\"text\":\"x\"}", token).status()).isEqualTo(404);
		}
		var admin = WebSession.signedInAdmin(port);
		String adminToken = admin.token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
		assertThat(api.getJson("/api/v1/sessions/" + booking + "/record", adminToken).json().path("painBefore").asInt()).isEqualTo(3);
		assertThat(put(api, booking, adminToken, "{\"version\":1,\"painBefore\":9}").status()).isEqualTo(404);

		long cancelled = practice.booking(Duration.ofDays(-3));
		practice.cancel(cancelled);
		assertThat(put(api, cancelled, practice.therapistToken(), "{\"version\":0,\"painBefore\":3}").status()).isEqualTo(404);
		assertThat(api.getJson("/api/v1/sessions/999999999/record", practice.therapistToken()).status()).isEqualTo(404);
	}

	@Test
	void aNewRedFlagStopsTheSessionRefusesTreatmentAndAlertsThePractice() {
		var practice = new RecordPractice(jdbc, port, "Eve Flag", "Finn Client");
		long booking = practice.booking(Duration.ofHours(-1));
		String token = practice.therapistToken();
		var api = new WebSession(port);
		var refused = put(api, booking, token, "{\"version\":0,\"painBefore\":5,\"flags\":[\"SADDLE_NUMBNESS\"],\"techniques\":[\"SWEDISH\"]}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("techniques");

		var stopped = put(api, booking, token, "{\"version\":0,\"painBefore\":5,\"flags\":[\"SADDLE_NUMBNESS\"]}");
		assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
		assertThat(stopped.json().path("stopped").asString()).isEqualTo("EMERGENCY");
		assertThat(jdbc.sql("select count(*) from outbox_messages where subject like :subject")
			.param("subject", "%Finn Client%")
			.query(Integer.class)
			.single()).isPositive();
	}

	private WebSession.Response put(WebSession api, long booking, String token, String json) {
		return RecordPut.put(port, booking, json, token);
	}
}
