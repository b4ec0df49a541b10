package org.backcare.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.Visitor;
import org.backcare.shop.Fulfilment.State;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class ShopAdminBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminPacksAndShipsAnOrderAndTheCustomerGetsTheTrackingNumber(Page page) {
		var shop = new ShopFloor(jdbc);
		String email = TestData.email("browser-ship");
		String sku = shop.variant("Browser foam roller", 5, 1);
		long order = shop.order(email, State.PAID, LocalDate.now(ZoneId.of("America/Chicago")).plusDays(1), Map.of(sku, 1));

		Visitor.signInAsAdmin(page);
		page.navigate("/admin");
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Shop").setExact(true)).click();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Shop admin"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Orders").setExact(true))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paid")).click();
		assertThat(page).hasTitle("Paid orders · BackCare");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		screenshot(page, "orders");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Order " + order).setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Order " + order);
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark packed")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("marked packed");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark shipped and email the customer")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the carrier");
		assertThat(page.getByLabel("Carrier")).hasAttribute("aria-invalid", "true");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByLabel("Carrier").fill("USPS");
		page.getByLabel("Tracking number").fill("9400 1000 0000 0000 0000 00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark shipped and email the customer")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("marked shipped");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("tracking number 9400 1000 0000 0000 0000 00")))
			.hasAttribute("href", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400+1000+0000+0000+0000+00");
		screenshot(page, "order");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Packing slip")).click();
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Items to pack"))).containsText("Browser foam roller");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		var mail = TestMail.awaitWithSubject(email, "Your BackCare order " + order + " is on its way").get(0);
		Assertions.assertThat(TestMail.text(mail)).contains("with USPS").contains("Tracking number: 9400 1000 0000 0000 0000 00");
		Assertions.assertThat(TestMail.html(mail)).contains("Follow your parcel on the USPS website");
	}

	@Test
	void theStockPagesHaveNoSeriousAccessibilityProblems(Page page) {
		var shop = new ShopFloor(jdbc);
		String sku = shop.variant("Browser heat pack", 1, 2);
		Visitor.signInAsAdmin(page);

		page.navigate("/admin/shop/stock");
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(sku))).containsText("Low");
		screenshot(page, "stock");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sku)).click();
		page.getByLabel("Or the change in units").fill("12");
		page.getByLabel("Reason").fill("Delivery");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust stock")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(sku + " now has 13 in stock.");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void theProductFormAndTheCalendarPagesHaveNoSeriousAccessibilityProblems(Page page) {
		new ShopFloor(jdbc);
		Visitor.signInAsAdmin(page);
		for (String path : new String[] { "/admin/shop", "/admin/shop/products/new", "/admin/shop/orders/late",
				"/admin/shop/holidays", "/admin/shop/destinations" }) {
			page.navigate(path);
			Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).as(path).isEmpty();
		}
		page.navigate("/admin/shop/products/new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add product")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose an image of the product.");
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "shop-admin_" + name + ".png")));
	}
}
