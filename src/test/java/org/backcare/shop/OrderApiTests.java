package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class OrderApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Stockroom stockroom;

	ShopClient app;

	@BeforeEach
	void setUp() {
		stockroom = new Stockroom(jdbc);
		app = new ShopClient(port);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	@Test
	void aGuestOrderIsPlacedWithItsShipByDateAndTheConfirmationLinksToIt() {
		String sku = stockroom.product("Foam roller", 2400, 5);
		String email = TestData.email("guest");

		var answer = app.order(key(), ShopClient.orderJson(email, sku, "2"));

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.json().path("status").asString()).isEqualTo("PLACED");
		assertThat(answer.json().path("totalMinor").asLong()).isEqualTo(4800);
		assertThat(answer.json().path("currency").asString()).isEqualTo("USD");
		assertThat(answer.json().path("shipBy").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		long id = answer.json().path("id").asLong();
		assertThat(answer.location()).endsWith("/api/v1/orders/" + id);
		assertThat(stockroom.stockOf(sku)).isEqualTo(3);

		var mail = TestMail.awaitWithSubject(email, "Order BC-" + id).get(0);
		assertThat(TestMail.text(mail)).contains("2 × Foam roller", "$48.00", "ships by", "account 000123456789", "BC-" + id);
		String link = TestMail.link(mail, "/shop/orders/" + id + "?token=");
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(app.get("/api/v1/orders/" + id + "?token=" + token).json().path("email").asString()).isEqualTo(email);
		assertThat(app.get("/api/v1/orders/" + id + "?token=" + token.replace(token.charAt(3), token.charAt(3) == 'a' ? 'b' : 'a')).status())
			.isEqualTo(404);
		assertThat(app.get("/api/v1/orders/" + id).status()).isEqualTo(404);
	}

	@Test
	void theSameKeyAndBodyAnswerWithTheSameOrderAndAnotherBodyIsRefused() {
		String sku = stockroom.product("Massage ball", 900, 5);
		String email = TestData.email("retry");
		String key = key();

		var first = app.order(key, ShopClient.orderJson(email, sku, "1"));
		var again = app.order(key, ShopClient.orderJson(email, sku, "1"));
		var other = app.order(key, ShopClient.orderJson(email, sku, "2"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(stockroom.ordersTo(email)).isOne();
		assertThat(stockroom.stockOf(sku)).isEqualTo(4);
	}

	@Test
	void anOrderThatBringsAProductDownToItsLowStockLevelAlertsTheAdmins() {
		String sku = stockroom.product("Last lumbar cushion", 3900, 5);

		var answer = app.order(key(), ShopClient.orderJson(TestData.email("lowstock"), sku, "2"));

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, "Low stock: Last lumbar cushion (" + sku + ")");
	}

	@Test
	void aMissingIdempotencyKeyIsABadRequest() {
		String sku = stockroom.product("Hook tool", 1500, 5);

		var answer = app.order(null, ShopClient.orderJson(TestData.email("nokey"), sku, "1"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(stockroom.stockOf(sku)).isEqualTo(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "100", "1000000000000", "1.5", "\"two\"" })
	void aQuantityOutsideOneToNinetyNineIsABadRequest(String quantity) {
		String sku = stockroom.product("Heat pack", 1200, 500);

		var answer = app.order(key(), ShopClient.orderJson(TestData.email("qty"), sku, quantity));

		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("items[0].quantity");
		assertThat(stockroom.stockOf(sku)).isEqualTo(500);
	}

	@Test
	void anUnknownSkuIsUnprocessable() {
		var answer = app.order(key(), ShopClient.orderJson(TestData.email("unknown"), "NO-SUCH-SKU", "1"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("items[0].sku");
	}

	@Test
	void brokenJsonAndAnEmptyOrderAreBadRequests() {
		assertThat(app.order(key(), "{\"items\": [").status()).isEqualTo(400);
		assertThat(app.order(key(), "[]").status()).isEqualTo(400);
		var empty = app.order(key(), ShopClient.orderJson(TestData.email("empty")));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("items");
	}

	@Test
	void aPriceSentByTheClientIsIgnored() {
		String sku = stockroom.product("Gel cold pack", 1100, 5);
		String body = ShopClient.orderJson(TestData.email("cheap"), sku, "1")
			.replace("\"quantity\":1", "\"quantity\":1,\"priceMinor\":1");

		var answer = app.order(key(), body.replace("\"paymentMethod\"", "\"totalMinor\":1,\"paymentMethod\""));

		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.json().path("totalMinor").asLong()).isEqualTo(1100);
	}

	@Test
	void anOversizedBodyIsRefusedAsTooLarge() {
		String sku = stockroom.product("Tape", 800, 5);
		String padding = "x".repeat(70 * 1024);
		String body = ShopClient.orderJson(TestData.email("big"), sku, "1").replace("\"line2\":\"\"", "\"line2\":\"" + padding + "\"");

		var answer = app.order(key(), body);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(stockroom.stockOf(sku)).isEqualTo(5);
	}

	@Test
	void anInvalidAddressNamesEachField() {
		String sku = stockroom.product("Seat cushion", 3900, 5);
		String body = ShopClient.orderJson("not-an-email", sku, "1")
			.replace("\"name\":\"Sam Carter\"", "\"name\":\"  \"")
			.replace("\"postalCode\":\"62701\"", "\"postalCode\":\"" + "9".repeat(20) + "\"")
			.replace("\"country\":\"US\"", "\"country\":\"QQ\"");

		var answer = app.order(key(), body);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().path("fieldErrors").findValuesAsString("field")).containsExactlyInAnyOrder("email",
				"shippingAddress.name", "shippingAddress.postalCode", "shippingAddress.country");
		assertThat(stockroom.stockOf(sku)).isEqualTo(5);
	}

	@Test
	void anAgeRestrictedProductNeedsTheConfirmationAndAnAllowingDestination() {
		String salve = stockroom.product("CBD salve", 3200, 5, 0, true);
		String toAllowing = ShopClient.orderJson(TestData.email("cbd"), salve, "1").replace("\"country\":\"US\"", "\"country\":\"XA\"");

		var unconfirmed = app.order(key(), toAllowing);
		var refused = app.order(key(), toAllowing.replace("\"country\":\"XA\"", "\"country\":\"XB\"")
			.replace("\"paymentMethod\"", "\"ageConfirmed\":true,\"paymentMethod\""));
		var confirmed = app.order(key(), toAllowing.replace("\"paymentMethod\"", "\"ageConfirmed\":true,\"paymentMethod\""));

		assertThat(unconfirmed.status()).isEqualTo(422);
		assertThat(unconfirmed.json().path("fieldErrors").findValuesAsString("field")).containsExactly("ageConfirmed");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("fieldErrors").findValuesAsString("field")).containsExactly("shippingAddress.country");
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
		assertThat(stockroom.stockOf(salve)).isEqualTo(4);
	}

	@Test
	void anOrderWithOneLineSoldOutTakesNothingAndNamesTheSku() {
		String plenty = stockroom.product("Foam roller, smooth", 2400, 10);
		String scarce = stockroom.product("Peanut ball", 1400, 1);
		String email = TestData.email("scarce");

		var answer = app.order(key(), ShopClient.orderJson(email, plenty, "3", scarce, "2"));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("sku").asString()).isEqualTo(scarce);
		assertThat(answer.json().path("detail").asString()).contains("Peanut ball");
		assertThat(stockroom.stockOf(plenty)).isEqualTo(10);
		assertThat(stockroom.stockOf(scarce)).isEqualTo(1);
		assertThat(stockroom.ordersTo(email)).isZero();
	}

	@Test
	void anAccountSeesItsOwnOrderWithItsTokenAndNobodyElseDoes() {
		String sku = stockroom.product("Lumbar cushion", 4500, 5);
		String email = TestData.email("owner");
		WebSession.signedInClient(port, "Olive Owner", email);
		String ownerToken = new WebSession(port).token(email, TestData.PASSWORD);
		String strangerEmail = TestData.email("stranger");
		WebSession.signedInClient(port, "Stan Stranger", strangerEmail);
		String strangerToken = new WebSession(port).token(strangerEmail, TestData.PASSWORD);

		var placed = new ShopClient(port).withToken(ownerToken).order(key(), ShopClient.orderJson(email, sku, "1"));
		long id = placed.json().path("id").asLong();

		assertThat(placed.status()).isEqualTo(201);
		var own = new ShopClient(port).withToken(ownerToken).get("/api/v1/orders/" + id);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().path("items").get(0).path("name").asString()).isEqualTo("Lumbar cushion");
		assertThat(own.json().path("paymentInstructions").asString()).contains("BC-" + id);
		assertThat(new ShopClient(port).withToken(strangerToken).get("/api/v1/orders/" + id).status()).isEqualTo(404);
		assertThat(TestMail.link(TestMail.awaitWithSubject(email, "BC-" + id).get(0), "/account/orders/" + id)).isNotNull();
	}
}
