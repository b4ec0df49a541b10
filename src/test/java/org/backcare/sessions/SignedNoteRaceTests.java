package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class SignedNoteRaceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noChangeLandsAfterTheSignatureEvenWhenSavesArriveTogetherWithIt() throws Exception {
		var practice = new RecordPractice(jdbc, port, "Rita Race", "Sam Client");
		long booking = practice.booking(Duration.ofHours(-2));
		String token = practice.therapistToken();
		assertThat(RecordPut.put(port, booking, "{\"version\":0,\"subjective\":\"start\"}", token).status()).isEqualTo(200);

		List<Callable<WebSession.Response>> requests = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String text = "edit " + i;
			// each save reads the version it last saw: first 1, then whatever came back
			requests.add(() -> {
				WebSession.Response answer = RecordPut.put(port, booking, "{\"version\":1,\"subjective\":\"" + text + "\"}", token);
				for (int attempt = 0; attempt < 5 && answer.status() == 409 && answer.json().path("latest").path("signedAt").isNull(); attempt++) {
					int latest = answer.json().path("latest").path("version").asInt();
					answer = RecordPut.put(port, booking, "{\"version\":" + latest + ",\"subjective\":\"" + text + "\"}", token);
				}
				return answer;
			});
		}
		requests.add(() -> new WebSession(port).postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token));
		List<WebSession.Response> answers = Together.run(requests);

		WebSession.Response signature = answers.get(answers.size() - 1);
		assertThat(signature.status()).as(signature.body()).isEqualTo(200);
		String signedText = signature.json().path("subjective").asString();
		int signedVersion = signature.json().path("version").asInt();
		var now = new WebSession(port).getJson("/api/v1/sessions/" + booking + "/record", token).json();
		assertThat(now.path("subjective").asString()).isEqualTo(signedText);
		assertThat(now.path("version").asInt()).isEqualTo(signedVersion);
		assertThat(answers.subList(0, 12)).allMatch(answer -> answer.status() == 200 || answer.status() == 409);
		// a save that succeeded came before the signature: its version is at most the signed one
		assertThat(answers.subList(0, 12).stream().filter(answer -> answer.status() == 200).map(answer -> answer.json().path("version").asInt()))
			.allMatch(version -> version <= signedVersion);
		assertThat(RecordPut.put(port, booking, "{\"version\":" + signedVersion + ",\"subjective\":\"late\"}", token).status()).isEqualTo(409);
	}

	@Test
	void theDatabaseRefusesAnUpdateOfASignedRow() {
		var practice = new RecordPractice(jdbc, port, "Tess Trigger", "Uma Client");
		long booking = practice.booking(Duration.ofHours(-2));
		String token = practice.therapistToken();
		assertThat(RecordPut.put(port, booking, "{\"version\":0,\"subjective\":\"as signed\"}", token).status()).isEqualTo(200);
		assertThat(new WebSession(port).postJson("/api/v1/sessions/" + booking + "/record/signature", "{}", token).status()).isEqualTo(200);

		assertThatThrownBy(() -> jdbc.sql("update session_records set subjective = 'changed' where booking_id = ?").param(booking).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("A signed session note cannot be changed");
		assertThat(jdbc.sql("select subjective from session_records where booking_id = ?").param(booking).query(String.class).single())
			.isEqualTo("as signed");
	}
}
