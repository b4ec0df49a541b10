package org.backcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class SecurityHeadersWebTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void allowsOnlyOwnScriptsAndNoFramingOnPages() throws Exception {
		var home = get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		String policy = header(home, "Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'");
		assertThat(directive(policy, "script-src")).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
		assertThat(directive(policy, "style-src")).doesNotContain("'unsafe-inline'");
		assertThat(header(home, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(home, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(home, "Referrer-Policy")).isNotBlank();
	}

	@Test
	void relaxesOnlyStylesForTheApiDocumentation() throws Exception {
		var docs = HTTP.send(request("/api-docs").build(), HttpResponse.BodyHandlers.ofString());
		String policy = header(docs, "Content-Security-Policy");

		assertThat(directive(policy, "style-src")).contains("'unsafe-inline'");
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(policy).contains("frame-ancestors 'none'");
	}

	@Test
	void keepsTheSessionCookieAwayFromScriptsAndOtherSites() throws Exception {
		var form = get("/register");

		String cookie = sessionCookie(form);
		List<String> attributes = Arrays.stream(cookie.split(";")).map(String::strip).toList();
		assertThat(attributes).contains("HttpOnly");
		assertThat(attributes).anySatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase("SameSite=Lax"));
		assertThat(attributes).as("no Secure flag over plain http")
			.noneSatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase("Secure"));
	}

	@Test
	void marksTheSessionCookieSecureAndAsksForHttpsBehindAnHttpsProxy() throws Exception {
		var form = HTTP.send(request("/register").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());

		List<String> attributes = Arrays.stream(sessionCookie(form).split(";")).map(String::strip).toList();
		assertThat(attributes).anySatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase("Secure"));
		assertThat(header(form, "Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void protectsErrorPagesLikeAnyOtherPage() throws Exception {
		var missing = get("/no-such-page");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(header(missing, "Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(header(missing, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(missing, "X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void setsNoCookieOnTheJsonApi() throws Exception {
		var token = HTTP.send(request("/api/v1/auth/tokens").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"%s\", \"password\": \"%s\"}"
				.formatted(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD)))
			.build(), HttpResponse.BodyHandlers.ofString());
		var unauthorized = get("/api/v1/me");

		assertThat(token.statusCode()).isEqualTo(201);
		assertThat(token.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(header(unauthorized, "X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", TestData.ip());
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("No " + name + " header"));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("BACKCARE_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No BACKCARE_SESSION cookie in " + response.headers().map()));
	}

	private static String directive(String policy, String name) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(directive -> directive.startsWith(name + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " in " + policy));
	}
}
