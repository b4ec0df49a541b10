package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CheckoutWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Stockroom stockroom;

	@BeforeEach
	void setUp() {
		stockroom = new Stockroom(jdbc);
	}

	static Map<String, String> form(String token, String email, String country, String payment) {
		Map<String, String> form = new HashMap<>();
		form.put("token", token);
		form.put("email", email);
		form.put("name", "Priya Patel");
		form.put("line1", "22 Lake Shore Drive");
		form.put("line2", "");
		form.put("city", "Chicago");
		form.put("region", "IL");
		form.put("postalCode", "60601");
		form.put("country", country);
		form.put("shippingMethod", "STANDARD");
		form.put("paymentMethod", payment);
		return form;
	}

	private WebSession shopperWith(String sku, int quantity) {
		var shopper = new WebSession(port);
		shopper.get("/sign-in");
		var added = shopper.post("/shop/cart/items", Map.of("sku", sku, "quantity", String.valueOf(quantity)));
		assertThat(added.location()).isEqualTo("/shop/cart");
		return shopper;
	}

	@Test
	void aGuestChecksOutAndSeesTheShipByDateAndHowToPay() {
		String sku = stockroom.product("Wheat heat pack", 1900, 4, 825, false);
		String email = TestData.email("guest-form");
		var shopper = shopperWith(sku, 2);
		String token = CheckoutRaceTests.tokenOf(shopper.get("/shop/checkout").body());

		var placed = shopper.post("/shop/checkout", form(token, email, "US", "BANK_TRANSFER"));

		assertThat(placed.status()).isEqualTo(302);
		assertThat(placed.location()).matches("/shop/orders/\\d+\\?token=" + token + "&placed");
		String page = shopper.get(placed.location()).text();
		assertThat(page).contains("Thank you: your order is placed.").containsPattern("Ships by \\w+day \\d{1,2} \\w+")
			.contains("America/Chicago", "Wheat heat pack 2 $19.00 $38.00", "Tax included $2.90", "account 000123456789");
		assertThat(shopper.get("/shop/cart").text()).contains("Your cart is empty.");
		assertThat(stockroom.stockOf(sku)).isEqualTo(2);
		String orderPath = placed.location().substring(0, placed.location().indexOf('?'));
		assertThat(new WebSession(port).get(orderPath + "?token=wrong-token-of-forty-three-characters-xxxxx").status()).isEqualTo(404);
		assertThat(new WebSession(port).get(orderPath).status()).isEqualTo(404);

		var mail = TestMail.awaitWithSubject(email, "ships by").get(0);
		assertThat(WebSession.pathOf(TestMail.link(mail, "/shop/orders/"))).isEqualTo(orderPath + "?token=" + token);
	}

	@Test
	void badInputShowsEachFieldsMessageAndKeepsWhatWasTyped() {
		String sku = stockroom.product("Trigger point hook", 2200, 4);
		var shopper = shopperWith(sku, 1);
		String token = CheckoutRaceTests.tokenOf(shopper.get("/shop/checkout").body());
		var form = form(token, "not an email", "US", "");
		form.put("name", " ");
		form.remove("paymentMethod");

		var refused = shopper.post("/shop/checkout", form);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter an email address like name@example.com.", "Enter the name to ship to.",
				"Choose how you will pay.");
		assertThat(refused.inputValue("city")).isEqualTo("Chicago");
		assertThat(refused.inputValue("email")).isEqualTo("not an email");
		assertThat(CheckoutRaceTests.tokenOf(refused.body())).isEqualTo(token);
		assertThat(stockroom.stockOf(sku)).isEqualTo(4);
	}

	@Test
	void theAgeConfirmationIsAskedOnlyForRestrictedProductsAndSomeDestinationsAreRefused() {
		String roller = stockroom.product("Foam roller", 2400, 4);
		String salve = stockroom.product("CBD muscle salve", 3400, 4, 0, true);
		var shopper = shopperWith(roller, 1);
		assertThat(shopper.get("/shop/checkout").body()).doesNotContain("ageConfirmed");
		shopper.post("/shop/cart/items", Map.of("sku", salve, "quantity", "1"));
		String token = CheckoutRaceTests.tokenOf(shopper.get("/shop/checkout").body());
		String email = TestData.email("cbd-form");

		var unconfirmed = shopper.post("/shop/checkout", form(token, email, "XA", "PAY_ON_PICKUP"));
		var confirmedForRefusingDestination = new HashMap<>(form(token, email, "XB", "PAY_ON_PICKUP"));
		confirmedForRefusingDestination.put("ageConfirmed", "yes");
		var refused = shopper.post("/shop/checkout", confirmedForRefusingDestination);

		assertThat(unconfirmed.status()).isEqualTo(422);
		assertThat(unconfirmed.text()).contains("Confirm that you are old enough to buy CBD products where you live.");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("We can't ship CBD products to Testland Refusing.");
		assertThat(refused.checked("ageConfirmed")).isTrue();
		assertThat(stockroom.ordersTo(email)).isZero();
	}

	@Test
	void aProductSoldOutDuringCheckoutOrdersNothingAndSaysWhich() {
		String sku = stockroom.product("Handheld massager", 5900, 2);
		var shopper = shopperWith(sku, 2);
		String token = CheckoutRaceTests.tokenOf(shopper.get("/shop/checkout").body());
		jdbc.sql("update shop_variants set stock = 1 where sku = :sku").param("sku", sku).update();
		String email = TestData.email("late");

		var refused = shopper.post("/shop/checkout", form(token, email, "US", "PAY_ON_PICKUP"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("Sorry: Handheld massager has sold out");
		assertThat(stockroom.ordersTo(email)).isZero();
		assertThat(stockroom.stockOf(sku)).isOne();
		assertThat(shopper.get("/shop/cart").text()).contains("Only 1 left");
	}

	@Test
	void anAccountFindsItsOrdersInItsHistoryAndNobodyElseCan() {
		String sku = stockroom.product("Memory foam seat cushion", 4900, 4);
		String email = TestData.email("account-form");
		var client = WebSession.signedInClient(port, "Sam Client", email);
		client.get("/account"); // a page after sign-in, for the session's new CSRF token
		client.post("/shop/cart/items", Map.of("sku", sku, "quantity", "1"));
		var checkout = client.get("/shop/checkout");
		assertThat(checkout.inputValue("email")).isEqualTo(email);

		var placed = client.post("/shop/checkout", form(CheckoutRaceTests.tokenOf(checkout.body()), email, "US", "PAY_ON_PICKUP"));

		assertThat(placed.location()).matches("/account/orders/\\d+\\?placed");
		String orderPath = placed.location().substring(0, placed.location().indexOf('?'));
		String id = orderPath.substring(orderPath.lastIndexOf('/') + 1);
		assertThat(client.get(placed.location()).text()).contains("Order BC-" + id, "Ships by", "Please pay $49.00 when you collect");
		assertThat(client.get("/account/orders").rowWith("BC-" + id)).contains("Placed", "$49.00");
		assertThat(client.get("/account").text()).contains("Your orders");
		var stranger = WebSession.signedInClient(port, "Other Client", TestData.email("other"));
		assertThat(stranger.get(orderPath).status()).isEqualTo(404);
		assertThat(TestMail.link(TestMail.awaitWithSubject(email, "BC-" + id).get(0), orderPath)).isNotNull();
	}
}
