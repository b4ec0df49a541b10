package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BackCareTest
class MailboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Test
	void listsTheMessagesToAnAddressForTheAdmin() {
		String email = TestData.email("mailbox-list");
		String someoneElse = TestData.email("mailbox-other");
		outbox.add(new Message(email, "Your session on Tuesday", "See you then.", null, Map.of()));
		outbox.add(new Message(someoneElse, "A different session", "Not for you.", null, Map.of()));
		var admin = Visitor.signedIn(port, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var page = admin.get("/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(email, "Your session on Tuesday");
		assertThat(page.body()).doesNotContain(someoneElse, "A different session");
	}

	@Test
	void showsTheTextOfAMessageEscapedWithItsAddressesAsLinks() {
		long id = outbox.add(new Message(TestData.email("mailbox-escape"), "Escaping check",
				"Hello <script>alert(1)</script> see https://example.test/x", null, Map.of()));
		var admin = Visitor.signedIn(port, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var page = admin.get("/admin/mail/" + id);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("<a href=\"https://example.test/x\"")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void servesTheHtmlBodyAsASandboxedDocument() {
		long id = outbox.add(new Message(TestData.email("mailbox-html"), "Sandbox check", "Plain words",
				"<p>Hello</p><script>alert(1)</script>", Map.of()));
		var admin = Visitor.signedIn(port, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var html = admin.get("/admin/mail/" + id + "/html");

		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(html.headers().allValues("Content-Security-Policy")).singleElement()
			.satisfies(policy -> assertThat(policy).contains("sandbox").contains("default-src 'none'"));
		assertThat(html.body()).isEqualTo("<p>Hello</p><script>alert(1)</script>");
	}

	@Test
	void answers404ForTheHtmlOfATextOnlyMessage() {
		long id = outbox.add(new Message(TestData.email("mailbox-text-only"), "Text only", "Just text", null, Map.of()));
		var admin = Visitor.signedIn(port, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		assertThat(admin.get("/admin/mail/" + id + "/html").statusCode()).isEqualTo(404);
	}

	@Test
	void answersAnUnknownMessageWithTheNotFoundPage() {
		var admin = Visitor.signedIn(port, TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);

		var page = admin.get("/admin/mail/" + Long.MAX_VALUE);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("We can't find that page");
	}

	/**
	 * A browser without JavaScript over plain HTTP: keeps its cookies, posts forms with the CSRF token of the last
	 * page, never follows redirects and sends its own made-up client IP (so sign-in limits stay per test). Also
	 * speaks to the JSON API without cookies. Shared by the notifications tests that go through the web.
	 */
	static final class Visitor {

		private static final HttpClient HTTP = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final String base;

		private final String ip = TestData.ip();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private String csrf;

		Visitor(int port) {
			this.base = "http://localhost:" + port;
		}

		static Visitor signedIn(int port, String email, String password) {
			var visitor = new Visitor(port);
			visitor.get("/sign-in");
			var signedIn = visitor.post("/sign-in", Map.of("email", email, "password", password));
			assertThat(location(signedIn)).as("signed in as " + email).isEqualTo("/account");
			return visitor;
		}

		HttpResponse<String> get(String path) {
			return send(request(path).GET(), true);
		}

		/** Opens the page at {@code formPath} for its CSRF token, then posts the form to {@code action}. */
		HttpResponse<String> submit(String formPath, String action, Map<String, String> fields) {
			get(formPath);
			return post(action, fields);
		}

		HttpResponse<String> post(String path, Map<String, String> fields) {
			assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
			var withToken = new LinkedHashMap<>(fields);
			withToken.put("_csrf", csrf);
			String form = withToken.entrySet()
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)), true);
		}

		HttpResponse<String> getJson(String path, String token) {
			return send(api(path, token).GET(), false);
		}

		HttpResponse<String> postJson(String path, String json) {
			return send(api(path, null).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)), false);
		}

		/** The redirect target as a path (and query), whether the server sent it absolute or relative. */
		static String location(HttpResponse<String> response) {
			return response.headers().firstValue("Location").map(URI::create).map(uri -> uri.getRawPath()
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).orElse(null);
		}

		private HttpRequest.Builder api(String path, String token) {
			var request = request(path).header("Accept", "application/json");
			return token == null ? request : request.header("Authorization", "Bearer " + token);
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
				.timeout(Duration.ofSeconds(30))
				.header("X-Forwarded-For", ip);
		}

		private HttpResponse<String> send(HttpRequest.Builder request, boolean browser) {
			if (browser && !cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response;
			try {
				response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new AssertionError("Request failed: " + e, e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted", e);
			}
			if (browser) {
				for (String setCookie : response.headers().allValues("Set-Cookie")) {
					String[] pair = setCookie.split(";", 2)[0].split("=", 2);
					if (pair[1].isBlank()) {
						cookies.remove(pair[0].strip());
					}
					else {
						cookies.put(pair[0].strip(), pair[1].strip());
					}
				}
				Matcher token = CSRF.matcher(response.body());
				if (token.find()) {
					csrf = token.group(1);
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
