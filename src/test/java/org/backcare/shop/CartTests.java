package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CartTests {

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
	void aSignedOutCartLivesInAnHttpOnlyCookieWithPricesFromTheServer() {
		String sku = stockroom.product("Kinesiology tape", 1250, 10, 2000, false);
		var shopper = new ShopClient(port);

		var put = shopper.put("/api/v1/cart/items/" + sku, "{\"quantity\":2,\"priceMinor\":1}");

		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.setCookies()).singleElement().asString().startsWith(CurrentCart.COOKIE + "=").contains("HttpOnly", "SameSite=Lax");
		var cart = shopper.get("/api/v1/cart").json();
		assertThat(cart.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
		assertThat(cart.path("subtotalMinor").asLong()).isEqualTo(2500);
		assertThat(cart.path("taxMinor").asLong()).isEqualTo(417);
		assertThat(cart.path("totalMinor").asLong()).isEqualTo(2500);
		assertThat(new ShopClient(port).get("/api/v1/cart").json().path("items")).isEmpty();

		assertThat(shopper.delete("/api/v1/cart/items/" + sku).json().path("count").asInt()).isZero();
	}

	@Test
	void quantitiesAreCappedByTheStockWithAClearMessage() {
		String sku = stockroom.product("Peanut massage ball", 1400, 3);
		var app = new ShopClient(port);
		var capped = app.put("/api/v1/cart/items/" + sku, "{\"quantity\":5}");
		assertThat(capped.json().path("items").get(0).path("quantity").asInt()).isEqualTo(3);
		assertThat(capped.json().path("notice").asString()).isEqualTo("Only 3 of Peanut massage ball in stock, so your cart holds 3.");

		var shopper = new WebSession(port);
		shopper.get("/sign-in");
		shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", "2"));
		assertThat(shopper.get("/shop/cart").text()).contains("Added 2 × Peanut massage ball to your cart.");
		shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", "2"));
		var page = shopper.get("/shop/cart");
		assertThat(page.text()).contains("Only 3 of Peanut massage ball in stock, so your cart holds 3.", "$42.00", "Checkout")
			.doesNotContain("Tax included");
		assertThat(page.inputValue("quantity-" + sku)).isEqualTo("3");
	}

	@Test
	void badCartRequestsAreRefusedClearly() {
		String sku = stockroom.product("Gel pack", 1100, 0);
		var app = new ShopClient(port);

		assertThat(app.put("/api/v1/cart/items/" + sku, "{\"quantity\":0}").status()).isEqualTo(400);
		assertThat(app.put("/api/v1/cart/items/" + sku, "{\"quantity\":100}").status()).isEqualTo(400);
		assertThat(app.put("/api/v1/cart/items/" + sku, "{\"quantity\":").status()).isEqualTo(400);
		assertThat(app.put("/api/v1/cart/items/NO-SUCH-SKU", "{\"quantity\":1}").status()).isEqualTo(404);
		var soldOut = app.put("/api/v1/cart/items/" + sku, "{\"quantity\":1}");
		assertThat(soldOut.status()).isEqualTo(409);
		assertThat(soldOut.contentType()).startsWith("application/problem+json");

		var shopper = new WebSession(port);
		shopper.get("/sign-in");
		shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", "1"));
		assertThat(shopper.get("/shop/cart").text()).contains("Gel pack is out of stock.", "Your cart is empty.");
		shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", "-3"));
		assertThat(shopper.get("/shop/cart").text()).contains("Choose a quantity from 1 to 99.");
	}

	@Test
	void signingInMergesTheCookieCartIntoTheAccountsCappedByStock() {
		String sku = stockroom.product("Hot and cold lumbar wrap", 3600, 3);
		String other = stockroom.product("Menthol balm", 900, 10);
		String email = TestData.email("merger");
		var account = WebSession.signedInClient(port, "Mia Merger", email);
		account.get("/account"); // a page after sign-in, for the session's new CSRF token
		assertThat(account.post("/shop/cart/items", Map.of("sku", sku, "quantity", "2")).location()).isEqualTo("/shop/cart");

		var visitor = new WebSession(port);
		visitor.get("/sign-in");
		visitor.post("/shop/cart/items", Map.of("sku", sku, "quantity", "2"));
		visitor.post("/shop/cart/items", Map.of("sku", other, "quantity", "1"));
		assertThat(visitor.cookie(CurrentCart.COOKIE)).isNotNull();
		assertThat(visitor.signIn(email, TestData.PASSWORD).location()).isEqualTo("/account");

		var cart = visitor.get("/shop/cart");
		assertThat(cart.inputValue("quantity-" + sku)).isEqualTo("3");
		assertThat(cart.inputValue("quantity-" + other)).isEqualTo("1");
		assertThat(visitor.cookie(CurrentCart.COOKIE)).isNull();
		assertThat(account.get("/shop/cart").inputValue("quantity-" + sku)).isEqualTo("3");
	}
}
