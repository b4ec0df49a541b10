package org.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One visitor over plain HTTP, as a browser without JavaScript would be: it keeps its cookies, never follows a
 * redirect unless asked, sends its own made-up client IP (so sign-in limits stay per test) and posts forms with
 * the CSRF token of the last page it saw. Also speaks to the JSON API, without cookies, like an API client.
 */
public final class WebSession {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final String ip;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.ip = TestData.ip();
	}

	/** The client IP this visitor's requests come from, as the app sees it (sent as X-Forwarded-For by a trusted proxy). */
	public String ip() {
		return ip;
	}

	public String cookie(String name) {
		return cookies.get(name);
	}

	/** Sends this cookie from now on, as if it had been copied from another browser. */
	public void useCookie(String name, String value) {
		cookies.put(name, value);
	}

	public Response get(String path) {
		return send(request(path).GET(), true);
	}

	/** Gets as htmx does, with the {@code HX-Request} header (a fragment rather than the whole page). */
	public Response htmxGet(String path) {
		return send(request(path).header("HX-Request", "true").GET(), true);
	}

	/** Posts a form with the CSRF token of the last page, as the browser would. */
	public Response post(String path, Map<String, String> fields) {
		assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf);
		return postWithoutCsrf(path, withToken);
	}

	/** Opens the page at {@code formPath} for its CSRF token, then posts the form to {@code action}. */
	public Response submit(String formPath, String action, Map<String, String> fields) {
		get(formPath);
		return post(action, fields);
	}

	/** Posts name, value, name, value, ... with the CSRF token (a name may repeat, as ticked checkboxes do). */
	public Response post(String path, List<String> pairs) {
		return postPairs(path, pairs, false);
	}

	/** Posts as htmx does: the same form, with the {@code HX-Request} header. */
	public Response htmxPost(String path, List<String> pairs) {
		return postPairs(path, pairs, true);
	}

	private Response postPairs(String path, List<String> pairs, boolean htmx) {
		assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
		List<String> all = new ArrayList<>(pairs);
		all.add("_csrf");
		all.add(csrf);
		return postForm(path, all, htmx);
	}

	/** Posts name, value, name, value, ... without a CSRF token, as a form on a page without a session does. */
	public Response postWithoutCsrf(String path, List<String> pairs) {
		return postForm(path, pairs, false);
	}

	private Response postForm(String path, List<String> pairs, boolean htmx) {
		var form = new StringBuilder();
		for (int i = 0; i < pairs.size(); i += 2) {
			form.append(form.length() == 0 ? "" : "&").append(encode(pairs.get(i))).append('=').append(encode(pairs.get(i + 1)));
		}
		var request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return send(request, true);
	}

	public Response post(String path) {
		return post(path, Map.of());
	}

	/** Posts a multipart form with one file, as a browser uploads it, with the CSRF token as a form field. */
	public Response postMultipart(String path, List<String> pairs, String fileField, String fileName, String contentType,
			byte[] content) {
		assertThat(csrf).as("a page with a CSRF token was opened before posting to " + path).isNotNull();
		String boundary = "----backcare" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		List<String> all = new ArrayList<>(pairs);
		all.add("_csrf");
		all.add(csrf);
		for (int i = 0; i < all.size(); i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + all.get(i) + "\"\r\n\r\n" + all.get(i + 1)
					+ "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		if (fileField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), true);
	}

	public Response postWithoutCsrf(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), true);
	}

	/** Follows redirects from this response on, as the browser would. */
	public Response follow(Response response) {
		Response current = response;
		for (int hops = 0; current.isRedirect(); hops++) {
			assertThat(hops).as("too many redirects").isLessThan(10);
			current = get(current.location());
		}
		return current;
	}

	public Response postJson(String path, Map<String, ?> body) {
		return postJson(path, JSON.writeValueAsString(body), null);
	}

	/** A POST to the JSON API with {@code Authorization: Bearer <token>}, or without a token when it is null. */
	public Response postJson(String path, String json, String token) {
		return send(api(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), false);
	}

	/** A GET of the JSON API with {@code Authorization: Bearer <token>}, or without a token when it is null. */
	public Response getJson(String path, String token) {
		return send(api(path, token).GET(), false);
	}

	/** A DELETE of the JSON API with {@code Authorization: Bearer <token>}. */
	public Response deleteJson(String path, String token) {
		return send(api(path, token).DELETE(), false);
	}

	public Response requestToken(String email, String password) {
		return postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password));
	}

	public String token(String email, String password) {
		var response = requestToken(email, password);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("token").asString();
	}

	public Response signIn(String email, String password) {
		get("/sign-in");
		return post("/sign-in", Map.of("email", email, "password", password));
	}

	/** A visitor signed in as the test admin. */
	public static WebSession signedInAdmin(int port) {
		var admin = new WebSession(port);
		assertThat(admin.signIn(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD).location()).isEqualTo("/account");
		return admin;
	}

	/** A new client, registered and confirmed through the forms, and signed in. */
	public static WebSession signedInClient(int port, String name, String email) {
		var client = new WebSession(port);
		client.registerConfirmed(name, email, TestData.PASSWORD);
		assertThat(client.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
		return client;
	}

	/** As an admin: invites a therapist through the form (the answer is the form's, a redirect when it worked). */
	public Response invite(String name, String email) {
		return submit("/admin/therapists/invite", "/admin/therapists/invite", Map.of("displayName", name, "email", email));
	}

	/** A new therapist, invited by the test admin, with a password chosen from the emailed link, and signed in. */
	public static WebSession signedInTherapist(int port, String name, String email) {
		assertThat(signedInAdmin(port).invite(name, email).status()).isEqualTo(302);
		String link = pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/invitations/"));
		var therapist = new WebSession(port);
		therapist.get(link);
		assertThat(therapist.post(link, Map.of("password", TestData.PASSWORD)).location()).isEqualTo("/sign-in?welcome");
		assertThat(therapist.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");
		return therapist;
	}

	public Response register(String name, String email, String password) {
		get("/register");
		return post("/register", Map.of("displayName", name, "email", email, "password", password));
	}

	/** Registers a client through the form and confirms the address through the emailed link. */
	public void registerConfirmed(String name, String email, String password) {
		assertThat(register(name, email, password).location()).isEqualTo("/register/check-email");
		String link = pathOf(TestMail.link(TestMail.awaitLatest(email, 1), "/confirm-email/"));
		get(link);
		assertThat(post(link).location()).isEqualTo("/sign-in?confirmed");
	}

	public static String pathOf(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private HttpRequest.Builder api(String path, String token) {
		var request = request(path).header("Accept", "application/json");
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	private HttpRequest.Builder request(String path) {
		String withoutFragment = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
		return HttpRequest.newBuilder(URI.create(withoutFragment.startsWith("http") ? withoutFragment : base + withoutFragment))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", ip);
	}

	private Response send(HttpRequest.Builder request, boolean browser) {
		if (browser && !cookies.isEmpty()) {
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
		var response = new Response(answer.statusCode(), answer.headers(), answer.body());
		if (browser) {
			keepCookies(answer.headers());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
		}
		return response;
	}

	private void keepCookies(HttpHeaders headers) {
		for (String setCookie : headers.allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What came back, with ways to read it as a person (visible text) or as a program (JSON). */
	public record Response(int status, HttpHeaders headers, String body) {

		// An attribute value may hold '>' (jte escapes only what would end the value), so quotes are respected.
		private static final Pattern INPUT = Pattern.compile("<input((?:\\s+[\\w-]+(?:=\"[^\"]*\")?)*)\\s*/?>");

		private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:=\"([^\"]*)\")?");

		public boolean isRedirect() {
			return status >= 300 && status < 400;
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		/** The redirect target as a path (and query), whether the server sent it absolute or relative. */
		public String location() {
			String location = header("Location");
			return location == null ? null : location.startsWith("http") ? pathOf(location) : location;
		}

		public String mediaType() {
			String type = header("Content-Type");
			return type == null ? null : type.split(";", 2)[0].strip();
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The text a person reads on the page: no tags, entities decoded, white space collapsed. */
		public String text() {
			return Html.text(body);
		}

		/** The text of the table row that mentions {@code needle}, or null. */
		public String rowWith(String needle) {
			String[] parts = body.split("<tr\\b");
			for (int i = 1; i < parts.length; i++) {
				String row = parts[i];
				String end = row.contains("</tr>") ? row.substring(0, row.indexOf("</tr>")) : row;
				if (end.contains(needle)) {
					return Html.text("<tr" + end);
				}
			}
			return null;
		}

		/** The text of the list item that mentions {@code needle}, or null. */
		public String itemWith(String needle) {
			String[] parts = body.split("<li\\b");
			for (int i = 1; i < parts.length; i++) {
				String item = parts[i].contains("</li>") ? parts[i].substring(0, parts[i].indexOf("</li>")) : parts[i];
				if (item.contains(needle)) {
					return Html.text("<li" + item);
				}
			}
			return null;
		}

		/** Whether the checkbox or radio button with this id is ticked. */
		public boolean checked(String id) {
			Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
			return input.find() && input.group().matches("(?s).*\\schecked(\\s|=|>|/).*");
		}

		/** The value of the input with this id, as the browser would fill it in. */
		public String inputValue(String id) {
			Matcher input = INPUT.matcher(body);
			while (input.find()) {
				Map<String, String> attributes = new LinkedHashMap<>();
				Matcher attribute = ATTRIBUTE.matcher(input.group(1));
				while (attribute.find()) {
					attributes.put(attribute.group(1), attribute.group(2) == null ? "" : Html.decode(attribute.group(2)));
				}
				if (id.equals(attributes.get("id"))) {
					return attributes.getOrDefault("value", "");
				}
			}
			return null;
		}

		/** The first group of the first match of {@code regex} in the HTML, or null. */
		public String find(String regex) {
			Matcher matcher = Pattern.compile(regex).matcher(body);
			return matcher.find() ? matcher.group(1) : null;
		}
	}

	public static final class Html {

		private Html() {
		}

		public static String text(String html) {
			String withoutCode = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ");
			return decode(withoutCode.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
		}

		public static String decode(String text) {
			return text.replace("&#39;", "'")
				.replace("&#x27;", "'")
				.replace("&quot;", "\"")
				.replace("&#34;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}
	}
}
