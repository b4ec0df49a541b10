package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Never oversell, never place an order twice: through real HTTP, many requests at once. */
@BackCareTest
class CheckoutRaceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Stockroom stockroom;

	@BeforeEach
	void setUp() {
		stockroom = new Stockroom(jdbc);
	}

	@Test
	void onehundredAndTwentyBuyersOfTenUnitsMakeExactlyTenOrdersAndEveryoneElseHearsSoldOut() throws Exception {
		String sku = stockroom.product("Foam roller, textured", 2900, 10);
		List<Callable<ShopClient.Answer>> buyers = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			String email = TestData.email("racer");
			buyers.add(() -> new ShopClient(port).order(UUID.randomUUID().toString(), ShopClient.orderJson(email, sku, "1")));
		}

		List<ShopClient.Answer> answers = Together.run(buyers);

		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(10);
		List<ShopClient.Answer> refused = answers.stream().filter(answer -> answer.status() != 201).toList();
		assertThat(refused).hasSize(110).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(409);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().path("title").asString()).isEqualTo("Sold out");
			assertThat(answer.json().path("sku").asString()).isEqualTo(sku);
		});
		assertThat(stockroom.stockOf(sku)).isZero();
		assertThat(stockroom.ordersOf(sku)).isEqualTo(10);
		assertThat(stockroom.unitsOrdered(sku)).isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from shop_orders o where not exists (select 1 from shop_order_lines l where l.order_id = o.id)")
			.query(Long.class)
			.single()).as("orders without lines").isZero();
	}

	@Test
	void twentyRequestsWithOneKeyPlaceOneOrderAndAllAnswerWithIt() throws Exception {
		String sku = stockroom.product("Massage ball pair", 1800, 50);
		String email = TestData.email("samekey");
		String key = UUID.randomUUID().toString();
		List<Callable<ShopClient.Answer>> retries = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			retries.add(() -> new ShopClient(port).order(key, ShopClient.orderJson(email, sku, "2")));
		}

		List<ShopClient.Answer> answers = Together.run(retries);

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 201));
		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
		assertThat(answers.stream().map(answer -> answer.json().path("id").asLong()).distinct()).hasSize(1);
		assertThat(stockroom.ordersTo(email)).isOne();
		assertThat(stockroom.stockOf(sku)).isEqualTo(48);
	}

	@Test
	void theCheckoutFormSentTwiceAtOncePlacesOneOrder() throws Exception {
		String sku = stockroom.product("Coccyx cushion", 4200, 10);
		String email = TestData.email("doubleclick");
		var shopper = new WebSession(port);
		shopper.get("/sign-in");
		assertThat(shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", "1")).location()).isEqualTo("/shop/cart");
		String token = tokenOf(shopper.get("/shop/checkout").body());
		Map<String, String> form = CheckoutWebTests.form(token, email, "US", "PAY_ON_PICKUP");
		// The same browser's tabs: one session and cart, each with a page of its own for the CSRF token.
		List<Callable<WebSession.Response>> clicks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			var tab = new WebSession(port);
			tab.useCookie("BACKCARE_SESSION", shopper.cookie("BACKCARE_SESSION"));
			tab.useCookie(CurrentCart.COOKIE, shopper.cookie(CurrentCart.COOKIE));
			tab.get("/shop/cart");
			clicks.add(() -> tab.post("/shop/checkout", form));
		}

		List<WebSession.Response> answers = Together.run(clicks);

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(302));
		assertThat(answers.stream().map(WebSession.Response::location).distinct()).hasSize(1);
		assertThat(answers.get(0).location()).startsWith("/shop/orders/").contains("token=" + token);
		assertThat(stockroom.ordersTo(email)).isOne();
		assertThat(stockroom.stockOf(sku)).isEqualTo(9);
	}

	static String tokenOf(String html) {
		var matcher = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("the checkout form has a token").isTrue();
		return matcher.group(1);
	}
}
