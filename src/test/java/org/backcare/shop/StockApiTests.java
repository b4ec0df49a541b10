package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class StockApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ShopFloor shop;

	String adminToken;

	@BeforeEach
	void setUp() {
		shop = new ShopFloor(jdbc);
		adminToken = new WebSession(port).token(TestData.ADMIN_EMAIL, TestData.ADMIN_PASSWORD);
	}

	@Test
	void setsTheQuantityCountedAndKeepsTheChangeWithItsReason() throws Exception {
		String sku = shop.variant("API roller", 4, 2);

		var answer = put(sku, "{\"quantity\": 10, \"reason\": \"Stock count\"}", adminToken);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode json = WebSession.JSON.readTree(answer.body());
		assertThat(json.path("sku").asString()).isEqualTo(sku);
		assertThat(json.path("quantity").asInt()).isEqualTo(10);
		assertThat(shop.stock(sku)).isEqualTo(10);
		var entry = jdbc.sql("select delta, stock_after, reason from shop_stock_adjustments where sku = :sku")
			.param("sku", sku)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("delta", 6).containsEntry("stock_after", 10).containsEntry("reason", "Stock count");
	}

	@Test
	void answers404ForAnUnknownSku() throws Exception {
		var answer = put("NO-SUCH-SKU", "{\"quantity\": 1, \"reason\": \"Count\"}", adminToken);

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void refusesANegativeQuantityOrAMissingReasonWith422NamingTheFields() throws Exception {
		String sku = shop.variant("API ball", 4, 2);

		var negative = put(sku, "{\"quantity\": -1, \"reason\": \"Count\"}", adminToken);
		var noReason = put(sku, "{\"quantity\": 3, \"reason\": \"  \"}", adminToken);
		var nothing = put(sku, "{}", adminToken);

		assertThat(negative.statusCode()).isEqualTo(422);
		assertThat(negative.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(fields(negative)).containsExactly("quantity");
		assertThat(fields(noReason)).containsExactly("reason");
		assertThat(fields(nothing)).containsExactly("quantity", "reason");
		assertThat(shop.stock(sku)).as("nothing changed").isEqualTo(4);
	}

	@Test
	void refusesAClientAndAVisitorWithoutAToken() throws Exception {
		String sku = shop.variant("API hook", 4, 2);
		String email = TestData.email("stock-api-client");
		WebSession.signedInClient(port, "Cal Client", email);
		String clientToken = new WebSession(port).token(email, TestData.PASSWORD);

		assertThat(put(sku, "{\"quantity\": 0, \"reason\": \"Count\"}", clientToken).statusCode()).isEqualTo(403);
		assertThat(put(sku, "{\"quantity\": 0, \"reason\": \"Count\"}", null).statusCode()).isEqualTo(401);
		assertThat(shop.stock(sku)).isEqualTo(4);
	}

	@Test
	void countsSetAtTheSameMomentEachRecordTheChangeFromTheStockTheyReplaced() throws Exception {
		String sku = shop.variant("API race", 50, 2);
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int quantity = 20 + i;
			tasks.add(() -> put(sku, "{\"quantity\": " + quantity + ", \"reason\": \"Count " + quantity + "\"}", adminToken)
				.statusCode());
		}

		assertThat(Together.run(tasks)).containsOnly(200);

		List<Map<String, Object>> entries = jdbc.sql("select delta, stock_after from shop_stock_adjustments where sku = :sku order by id")
			.param("sku", sku)
			.query()
			.listOfRows();
		assertThat(entries).hasSize(12);
		int before = 50;
		for (var entry : entries) {
			int after = (Integer) entry.get("stock_after");
			assertThat((Integer) entry.get("delta")).as("each change counted from the stock it replaced").isEqualTo(after - before);
			before = after;
		}
		assertThat(shop.stock(sku)).isEqualTo(before);
	}

	private HttpResponse<String> put(String sku, String json, String token) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/products/" + sku + "/stock"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> fields(HttpResponse<String> answer) {
		List<String> fields = new ArrayList<>();
		WebSession.JSON.readTree(answer.body()).path("fieldErrors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
