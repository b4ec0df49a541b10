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
import tools.jackson.databind.json.JsonMapper;

@BackCareTest
class ApiDocsApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void describesTheApiInOpenApi() throws Exception {
		var response = send(HttpClient.Redirect.NEVER, "/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		var paths = JSON.readTree(response.body()).path("paths");
		assertThat(paths.has("/api/v1/auth/tokens")).as(response.body()).isTrue();
		assertThat(paths.has("/api/v1/me")).isTrue();
	}

	@Test
	void servesSwaggerUiAtApiDocs() throws Exception {
		var response = send(HttpClient.Redirect.NORMAL, "/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).containsIgnoringCase("swagger");
	}

	@Test
	void reportsHealthWithoutDetails() throws Exception {
		var response = send(HttpClient.Redirect.NEVER, "/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
	}

	@Test
	void exposesNoOtherActuatorEndpoints() throws Exception {
		assertThat(send(HttpClient.Redirect.NEVER, "/actuator/env").statusCode()).isEqualTo(404);
		assertThat(send(HttpClient.Redirect.NEVER, "/actuator/beans").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> send(HttpClient.Redirect redirects, String path)
			throws IOException, InterruptedException {
		return HttpClient.newBuilder()
			.followRedirects(redirects)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("X-Forwarded-For", TestData.ip())
				.build(), HttpResponse.BodyHandlers.ofString());
	}
}
