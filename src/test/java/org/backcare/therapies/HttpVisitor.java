package org.backcare.therapies;

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

import org.backcare.TestData;

/**
 * A visitor over plain HTTP, like a browser without JavaScript: keeps its cookies, follows no redirect unless
 * asked, and posts forms with the CSRF token of the last page it saw. (identity's WebSession does more, but is
 * package-private there.)
 */
final class HttpVisitor {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final String ip = TestData.ip();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	HttpVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	static HttpVisitor admin(int port) {
		var admin = new HttpVisitor(port);
		admin.get("/sign-in");
		var signedIn = admin.post("/sign-in", Map.of("email", TestData.ADMIN_EMAIL, "password", TestData.ADMIN_PASSWORD));
		assertThat(signedIn.location()).isEqualTo("/account");
		return admin;
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path, Map<String, String> fields) {
		assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf);
		String form = withToken.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	Response follow(Response response) {
		Response current = response;
		for (int hops = 0; current.location() != null; hops++) {
			assertThat(hops).as("too many redirects").isLessThan(10);
			current = get(current.location());
		}
		return current;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", ip);
	}

	private Response send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> answer;
		try {
			answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new AssertionError("Request failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", e);
		}
		for (String setCookie : answer.headers().allValues("Set-Cookie")) {
			String[] pair = setCookie.split(";", 2)[0].split("=", 2);
			cookies.put(pair[0].strip(), pair[1].strip());
		}
		Matcher token = CSRF.matcher(answer.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return new Response(answer.statusCode(), answer.headers().firstValue("Location").orElse(null), answer.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Response(int status, String location, String body) {

		Response {
			if (location != null && location.startsWith("http")) {
				URI uri = URI.create(location);
				location = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
		}

		/** The text a person reads: no tags, entities decoded, white space collapsed. */
		String text() {
			String withoutCode = body.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ");
			return withoutCode.replaceAll("(?s)<[^>]*>", " ")
				.replace("&#39;", "'")
				.replace("&quot;", "\"")
				.replace("&#34;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&")
				.replaceAll("\\s+", " ")
				.strip();
		}

		/** The text of the list item (e.g. a card) that mentions {@code needle}, or null. */
		String itemWith(String needle) {
			String[] items = body.split("<li\\b");
			for (int i = 1; i < items.length; i++) {
				String item = items[i].contains("</li>") ? items[i].substring(0, items[i].indexOf("</li>")) : items[i];
				if (item.contains(needle)) {
					return new Response(status, null, "<li" + item).text();
				}
			}
			return null;
		}

		/** The text of the table row that mentions {@code needle}, or null. */
		String rowWith(String needle) {
			String[] rows = body.split("<tr\\b");
			for (int i = 1; i < rows.length; i++) {
				String row = rows[i].contains("</tr>") ? rows[i].substring(0, rows[i].indexOf("</tr>")) : rows[i];
				if (row.contains(needle)) {
					return new Response(status, null, "<tr" + row).text();
				}
			}
			return null;
		}
	}
}
