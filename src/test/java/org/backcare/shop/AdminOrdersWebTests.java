package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Together;
import org.backcare.WebSession;
import org.backcare.shop.Fulfilment.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class AdminOrdersWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ShopFloor shop;

	WebSession admin;

	LocalDate today;

	@BeforeEach
	void setUp() {
		shop = new ShopFloor(jdbc);
		admin = WebSession.signedInAdmin(port);
		today = LocalDate.now(ZoneId.of("America/Chicago"));
	}

	@Test
	void listsOrdersByStateWithTheCountOfEach() {
		String sku = shop.variant("Tabbed roller", 10, 1);
		long paid = shop.order(TestData.email("tabs"), State.PAID, today.plusDays(2), Map.of(sku, 1));
		int paidCount = jdbc.sql("select count(*) from shop_orders where status = 'PAID'").query(Integer.class).single();

		var page = admin.get("/admin/shop/orders?status=PAID");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("aria-current=\"page\">Paid <span class=\"shop-tabs__count\">" + paidCount + "</span>");
		assertThat(page.rowWith("Order " + paid + "<")).contains("$24.00");
		assertThat(admin.get("/admin/shop/orders?status=PLACED").rowWith("Order " + paid + "<")).isNull();
		assertThat(admin.get("/admin/shop/orders?status=LOST").status()).isEqualTo(404);
	}

	@Test
	void marksAnOrderPaidWithItsReferenceAndRefusesItWithout() {
		long order = shop.order(TestData.email("paid"), State.PLACED, today.plusDays(2), Map.of(shop.variant("Paid ball", 5, 1), 1));
		String path = "/admin/shop/orders/" + order;

		var missing = admin.submit(path, path + "/paid", Map.of("paymentReference", " "));
		var paid = admin.submit(path, path + "/paid", Map.of("paymentReference", "BT-2291"));

		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.text()).contains("Enter the payment's reference");
		assertThat(paid.location()).isEqualTo(path);
		var page = admin.follow(paid);
		assertThat(page.text()).contains("Order " + order + " marked paid.").contains("reference BT-2291");
		assertThat(page.itemWith("BT-2291")).contains("Paid").contains("by Administrator");
		assertThat(shop.status(order)).isEqualTo("PAID");
	}

	@Test
	void shipsAPackedOrderWithCarrierAndTrackingNumberAndEmailsTheCustomer() {
		String email = TestData.email("shipped");
		String sku = shop.variant("Shipped hook", 5, 1);
		long order = shop.order(email, State.PACKED, today.plusDays(1), Map.of(sku, 2));
		String path = "/admin/shop/orders/" + order;

		var noTracking = admin.submit(path, path + "/ship", Map.of("carrier", "UPS", "trackingNumber", ""));
		assertThat(noTracking.status()).isEqualTo(422);
		assertThat(noTracking.text()).contains("Enter the tracking number");
		assertThat(noTracking.inputValue("carrier")).isEqualTo("UPS");
		assertThat(shop.status(order)).isEqualTo("PACKED");

		var shipped = admin.submit(path, path + "/ship", Map.of("carrier", "UPS", "trackingNumber", "1Z 999 AA1"));

		assertThat(admin.follow(shipped).text()).contains("UPS, tracking number 1Z 999 AA1");
		assertThat(shop.status(order)).isEqualTo("SHIPPED");
		var mail = TestMail.awaitWithSubject(email, "Your BackCare order " + order + " is on its way").get(0);
		assertThat(TestMail.text(mail)).contains("UPS").contains("Tracking number: 1Z 999 AA1")
			.contains("https://www.ups.com/track?tracknum=1Z+999+AA1").contains("2 × Shipped hook, Test size");
	}

	@Test
	void cancellingRestocksEveryLineAndAFinishedOrderOffersNothingMore() {
		String roller = shop.variant("Cancelled roller", 3, 1);
		String ball = shop.variant("Cancelled ball", 0, 1);
		long order = shop.order(TestData.email("cancel"), State.PAID, today.plusDays(2), Map.of(roller, 2, ball, 1));
		String path = "/admin/shop/orders/" + order;

		var cancelled = admin.submit(path, path + "/cancel", Map.of());

		assertThat(admin.follow(cancelled).text()).contains("cancelled and its goods restocked").contains("Restocked 3 units")
			.contains("nothing more to do");
		assertThat(shop.stock(roller)).isEqualTo(5);
		assertThat(shop.stock(ball)).isEqualTo(1);

		var again = admin.post(path + "/pack", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("Order " + order + " is cancelled: it can't be packed.");
	}

	@Test
	void refundsADeliveredOrderWithoutRestockUnlessTheGoodsCameBack() {
		String kept = shop.variant("Kept tape", 4, 1);
		String returned = shop.variant("Returned tape", 4, 1);
		long keptOrder = shop.order(TestData.email("refund"), State.DELIVERED, today.minusDays(5), Map.of(kept, 1));
		long returnedOrder = shop.order(TestData.email("refund"), State.DELIVERED, today.minusDays(5), Map.of(returned, 1));

		admin.submit("/admin/shop/orders/" + keptOrder, "/admin/shop/orders/" + keptOrder + "/refund", Map.of());
		admin.submit("/admin/shop/orders/" + returnedOrder, "/admin/shop/orders/" + returnedOrder + "/refund-returned", Map.of());

		assertThat(shop.status(keptOrder)).isEqualTo("REFUNDED");
		assertThat(shop.stock(kept)).isEqualTo(4);
		assertThat(shop.status(returnedOrder)).isEqualTo("REFUNDED");
		assertThat(shop.stock(returned)).isEqualTo(5);
	}

	@Test
	void twoAdminsCancellingAtOnceRestockOnce() throws Exception {
		String sku = shop.variant("Raced cushion", 0, 1);
		long order = shop.order(TestData.email("race"), State.PLACED, today.plusDays(2), Map.of(sku, 3));
		String path = "/admin/shop/orders/" + order;
		List<WebSession> admins = new ArrayList<>();
		List<Callable<Integer>> clicks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			var each = WebSession.signedInAdmin(port);
			each.get(path);
			admins.add(each);
			String action = i % 2 == 0 ? "/cancel" : "/refund";
			clicks.add(() -> each.post(path + action, Map.of()).status());
		}

		List<Integer> answers = Together.run(clicks);

		assertThat(answers).containsOnlyOnce(302).containsOnly(302, 409);
		assertThat(shop.stock(sku)).as("restocked once").isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from shop_order_history where order_id = :id").param("id", order).query(Integer.class).single())
			.as("placed, then one move").isEqualTo(2);
	}

	@Test
	void listsOrdersPastTheirShipByDateButNotTodaysNorShippedOnes() {
		String sku = shop.variant("Late roller", 10, 1);
		long yesterday = shop.order(TestData.email("late"), State.PAID, today.minusDays(1), Map.of(sku, 1));
		long lastWeek = shop.order(TestData.email("late"), State.PLACED, today.minusDays(7), Map.of(sku, 1));
		long dueToday = shop.order(TestData.email("late"), State.PACKED, today, Map.of(sku, 1));
		long shipped = shop.order(TestData.email("late"), State.SHIPPED, today.minusDays(3), Map.of(sku, 1));

		var late = admin.get("/admin/shop/orders/late");

		assertThat(late.rowWith("Order " + yesterday + "<")).contains("Paid").contains(" 1 ");
		assertThat(late.rowWith("Order " + lastWeek + "<")).contains("Placed").contains(" 7 ");
		assertThat(late.rowWith("Order " + dueToday + "<")).isNull();
		assertThat(late.rowWith("Order " + shipped + "<")).isNull();
		assertThat(late.body().indexOf("Order " + lastWeek + "<")).as("oldest first").isLessThan(late.body().indexOf("Order " + yesterday + "<"));
		int count = jdbc.sql("select count(*) from shop_orders where status in ('PLACED', 'PAID', 'PACKED') and ship_by < :today")
			.param("today", today)
			.query(Integer.class)
			.single();
		assertThat(admin.get("/admin/shop/orders").text()).contains(count + " orders are late to ship");
	}

	@Test
	void printsAPackingSlipWithTheAddressAndQuantitiesButNoPrices() {
		String sku = shop.variant("Packed salve", 10, 1);
		long order = shop.order(TestData.email("slip"), State.PAID, today.plusDays(1), Map.of(sku, 2));

		var slip = admin.get("/admin/shop/orders/" + order + "/packing-slip");

		assertThat(slip.status()).isEqualTo(200);
		assertThat(slip.text()).contains("Packing slip: order " + order).contains("Sam Client").contains("1 Main Street")
			.contains("Chicago, IL 60601");
		assertThat(slip.rowWith(sku)).contains("Packed salve").contains("2");
		assertThat(slip.body()).doesNotContain("$24.00");
	}

	@Test
	void aClientCantSeeOrMoveOrders() {
		long order = shop.order(TestData.email("client-order"), State.PLACED, today.plusDays(2), Map.of(shop.variant("Private", 5, 1), 1));
		var client = WebSession.signedInClient(port, "Nosy Client", TestData.email("nosy"));
		client.get("/account");

		assertThat(client.get("/admin/shop/orders/" + order).status()).isEqualTo(403);
		assertThat(client.post("/admin/shop/orders/" + order + "/cancel", Map.of()).status()).isEqualTo(403);
		assertThat(shop.status(order)).isEqualTo("PLACED");
	}
}
