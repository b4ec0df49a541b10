package org.backcare.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backcare.TestData;
import org.backcare.WebSession;
import tools.jackson.databind.JsonNode;

/** An app using the shop's JSON API: sends Idempotency-Key headers and keeps the cart cookie, as a browser would. */
final class ShopClient {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String ip = TestData.ip();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String token;

	ShopClient(int port) {
		this.base = "http://localhost:" + port;
	}

	ShopClient withToken(String bearer) {
		this.token = bearer;
		return this;
	}

	record Answer(int status, String contentType, String location, List<String> setCookies, String body) {

		JsonNode json() {
			return WebSession.JSON.readTree(body);
		}
	}

	Answer order(String key, String json) {
		var request = request("/api/v1/orders").header("Content-Type", "application/json");
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer delete(String path) {
		return send(request(path).DELETE());
	}

	String cookie(String name) {
		return cookies.get(name);
	}

	private HttpRequest.Builder request(String path) {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("X-Forwarded-For", ip);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			List<String> setCookies = response.headers().allValues("Set-Cookie");
			for (String setCookie : setCookies) {
				String pair = setCookie.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty()) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), setCookies, response.body());
		}
		catch (IOException e) {
			throw new AssertionError("Request failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** An order body as the issue describes it, shipping to the United States. */
	static String orderJson(String email, String... skuQuantityPairs) {
		var items = new StringBuilder();
		for (int i = 0; i < skuQuantityPairs.length; i += 2) {
			items.append(items.length() == 0 ? "" : ",")
				.append("{\"sku\":\"").append(skuQuantityPairs[i]).append("\",\"quantity\":").append(skuQuantityPairs[i + 1]).append('}');
		}
		return """
				{"items":[%s],"email":"%s","shippingAddress":{"name":"Sam Carter","line1":"1 Main Street","line2":"",
				 "city":"Springfield","region":"IL","postalCode":"62701","country":"US"},"paymentMethod":"BANK_TRANSFER"}"""
			.formatted(items, email);
	}
}
