package org.backcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.backcare.TestData;
import org.backcare.TestMail;

/**
 * A signed-in client over plain HTTP, like a browser without JavaScript: keeps its cookies, follows no redirect,
 * posts forms (with repeated fields for checkboxes) with the CSRF token of the last page it saw.
 */
final class ConsultationVisitor {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final String ip = TestData.ip();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	private ConsultationVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Registers, confirms the address through the emailed link and signs in. */
	static ConsultationVisitor signedInClient(int port, String name, String email) {
		var client = new ConsultationVisitor(port);
		client.get("/register");
		var registered = client.post("/register", List.of("displayName", name, "email", email, "password", TestData.PASSWORD));
		assertThat(registered.location()).isEqualTo("/register/check-email");
		URI link = URI.create(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		client.get(link.getRawPath());
		assertThat(client.post(link.getRawPath(), List.of()).location()).isEqualTo("/sign-in?confirmed");
		client.get("/sign-in");
		assertThat(client.post("/sign-in", List.of("email", email, "password", TestData.PASSWORD)).location())
			.isEqualTo("/account");
		return client;
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	/** Posts name, value, name, value, ... (a name may repeat, as ticked checkboxes do). */
	Response post(String path, List<String> fields) {
		return send(form(path, fields));
	}

	/** Posts as htmx does: the same form, with the HX-Request header. */
	Response htmxPost(String path, List<String> fields) {
		return send(form(path, fields).header("HX-Request", "true"));
	}

	private HttpRequest.Builder form(String path, List<String> fields) {
		assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
		List<String> all = new ArrayList<>(fields);
		all.add("_csrf");
		all.add(csrf);
		var body = new StringBuilder();
		for (int i = 0; i < all.size(); i += 2) {
			body.append(body.length() == 0 ? "" : "&")
				.append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
		}
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", ip);
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
		String location = answer.headers().firstValue("Location").map(ConsultationVisitor::path).orElse(null);
		return new Response(answer.statusCode(), location, answer.body());
	}

	private static String path(String location) {
		URI uri = URI.create(location);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	record Response(int status, String location, String body) {

		/** The text a person reads: no tags, entities decoded, white space collapsed. */
		String text() {
			return body.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
				.replaceAll("(?s)<[^>]*>", " ")
				.replace("&#39;", "'")
				.replace("&quot;", "\"")
				.replace("&#34;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&")
				.replaceAll("\\s+", " ")
				.strip();
		}

		/** The value attribute of the input with this id, or null. */
		String inputValue(String id) {
			Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
			if (!input.find()) {
				return null;
			}
			Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
			return value.find() ? value.group(1) : "";
		}

		boolean checked(String id) {
			Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
			return input.find() && input.group().contains(" checked");
		}
	}
}
