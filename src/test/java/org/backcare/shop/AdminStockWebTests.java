package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Together;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class AdminStockWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StockLedger ledger;

	@Autowired
	LowStock lowStock;

	@Autowired
	TransactionTemplate transactions;

	ShopFloor shop;

	@BeforeEach
	void setUp() {
		shop = new ShopFloor(jdbc);
	}

	@Test
	void addsADeliveryWithItsReasonAndShowsItInTheSkusHistory() {
		String sku = shop.variant("Delivered roller", 5, 2);
		var admin = WebSession.signedInAdmin(port);

		var answer = admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku,
				Map.of("quantity", "", "change", "+24", "reason", "Delivery from the supplier"));

		assertThat(answer.location()).isEqualTo("/admin/shop/stock/" + sku);
		var page = admin.follow(answer);
		assertThat(page.text()).contains(sku + " now has 29 in stock.");
		assertThat(page.rowWith("Delivery from the supplier")).contains("+24").contains("29").contains("Admin");
		assertThat(shop.stock(sku)).isEqualTo(29);
	}

	@Test
	void setsTheCountedQuantityAndRefusesTakingAwayMoreThanThereIs() {
		String sku = shop.variant("Counted ball", 5, 2);
		var admin = WebSession.signedInAdmin(port);

		admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "3", "change", "", "reason", "Count"));
		var tooMany = admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku,
				Map.of("quantity", "", "change", "-4", "reason", "Damaged"));

		assertThat(shop.stock(sku)).isEqualTo(3);
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.text()).contains("There are only 3 in stock: the stock can't go below zero.");
	}

	@Test
	void refusesAnAdjustmentWithoutAReasonOrWithBothAQuantityAndAChange() {
		String sku = shop.variant("Unreasoned hook", 5, 2);
		var admin = WebSession.signedInAdmin(port);

		var noReason = admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "7", "change", "", "reason", " "));
		var both = admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "7", "change", "2", "reason", "Count"));
		var notANumber = admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "", "change", "lots", "reason", "Count"));

		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.text()).contains("Say why the stock changes");
		assertThat(noReason.body()).contains("id=\"reason\"").contains("aria-invalid=\"true\"");
		assertThat(noReason.inputValue("quantity")).as("what was typed stays").isEqualTo("7");
		assertThat(both.text()).contains("Enter the new quantity or the change, not both.");
		assertThat(notANumber.text()).contains("Enter the change as a whole number");
		assertThat(shop.stock(sku)).isEqualTo(5);
	}

	@Test
	void listsVariantsAtOrBelowTheirLevelTheEmptiestFirst() {
		String empty = shop.variant("Empty pack", 0, 2);
		String low = shop.variant("Low pack", 2, 2);
		String plenty = shop.variant("Full pack", 3, 2);

		var page = WebSession.signedInAdmin(port).get("/admin/shop/stock");

		assertThat(page.rowWith(empty)).contains("Out of stock");
		assertThat(page.rowWith(low)).contains("Low");
		assertThat(page.rowWith(plenty)).isNull();
		assertThat(page.body().indexOf(empty)).isLessThan(page.body().indexOf(low));
	}

	@Test
	void emailsTheAdminsOnceWhenAnAdjustmentTakesAVariantToItsLevel() {
		String sku = shop.variant("Alerting salve", 10, 3);
		var admin = WebSession.signedInAdmin(port);

		admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "", "change", "-7", "reason", "Damaged in storage"));
		admin.submit("/admin/shop/stock/" + sku, "/admin/shop/stock/" + sku, Map.of("quantity", "", "change", "-1", "reason", "Sample"));

		var alerts = TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, "Low stock: Alerting salve, Test size (" + sku + ")");
		assertThat(TestMail.text(alerts.get(0))).contains("is down to 3 in stock").contains("/admin/shop/stock/" + sku);
		assertThat(outboxSubjects(sku)).as("once, when it crossed the level").hasSize(1);
	}

	@Test
	void aSaleThatEmptiesAVariantAlertsThroughTheCheckoutHook() {
		String sku = shop.variant("Last cushion", 4, 1);

		transactions.executeWithoutResult(status -> {
			assertThat(shop.sell(sku, 4)).isTrue();
			lowStock.checkAfterSale(Map.of(sku, 4));
		});

		TestMail.awaitWithSubject(TestData.ADMIN_EMAIL, "Out of stock: Last cushion, Test size (" + sku + ")");
	}

	@Test
	void anAdjustmentNeverLosesASaleMadeAtTheSameMoment() throws Exception {
		String sku = shop.variant("Busy roller", 50, 0);
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			boolean sale = i % 3 != 0;
			tasks.add(() -> sale ? shop.sell(sku, 1) : ledger.change(sku, 2, "Delivery", admin()) > 0);
		}

		assertThat(Together.run(tasks)).containsOnly(true);

		assertThat(shop.stock(sku)).as("50 - 20 sold + 10 × 2 delivered").isEqualTo(50);
		List<Integer> changes = jdbc.sql("select delta from shop_stock_adjustments where sku = :sku")
			.param("sku", sku)
			.query(Integer.class)
			.list();
		assertThat(changes).hasSize(10).containsOnly(2);
	}

	@Test
	void aClientCantOpenTheStockPages() {
		var client = WebSession.signedInClient(port, "Curious Client", TestData.email("stock-client"));

		assertThat(client.get("/admin/shop/stock").status()).isEqualTo(403);
	}

	private long admin() {
		return jdbc.sql("select id from accounts where email = :email").param("email", TestData.ADMIN_EMAIL).query(Long.class).single();
	}

	private List<String> outboxSubjects(String sku) {
		return jdbc.sql("select subject from outbox_messages where subject like :subject")
			.param("subject", "%(" + sku + ")%")
			.query(String.class)
			.list();
	}
}
