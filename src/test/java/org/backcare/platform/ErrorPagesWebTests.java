package org.backcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class ErrorPagesWebTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void showsAFriendlyPageForAnUnknownAddress() throws Exception {
		var response = get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(text(response.body())).contains("We can't find that page", "Go to the home page");
		assertNoStackTrace(response.body());
	}

	@Test
	void showsAFriendlyPageWithoutDetailsWhenTheErrorPageIsOpenedDirectly() throws Exception {
		var response = get("/error");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(text(response.body())).contains("Something went wrong on our side");
		assertNoStackTrace(response.body());
	}

	@Test
	void showsAFriendlyPageForAFormPostedWithoutItsCsrfToken() throws Exception {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
			.header("X-Forwarded-For", TestData.ip())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("displayName=X&email=x%40example.test&password=long-enough-password"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(text(response.body())).contains("This page isn't open to you");
		assertNoStackTrace(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", TestData.ip())
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNoStackTrace(String body) {
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "trace");
	}

	/** What a person reads: tags stripped, the entities jte writes decoded. */
	private static String text(String html) {
		return html.replaceAll("(?s)<[^>]*>", " ")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
	}
}
