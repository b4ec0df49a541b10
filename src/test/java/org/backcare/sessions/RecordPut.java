package org.backcare.sessions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.backcare.TestData;
import org.backcare.WebSession;

/** A PUT of a session record to the JSON API with a bearer token, as an app sends it. */
final class RecordPut {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private RecordPut() {
	}

	static WebSession.Response put(int port, long booking, String json, String token) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions/" + booking + "/record"))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", TestData.ip())
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new WebSession.Response(answer.statusCode(), answer.headers(), answer.body());
		}
		catch (IOException e) {
			throw new AssertionError("Request failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", e);
		}
	}
}
