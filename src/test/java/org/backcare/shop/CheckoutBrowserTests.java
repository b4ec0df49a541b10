package org.backcare.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.backcare.WebSession;
import org.backcare.homecare.ProductTag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class CheckoutBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGuestBuysAFoamRollerAndSeesTheShipByDate(Page page) {
		new Stockroom(jdbc); // the countries the shop ships to
		String sku = TestShop.sku("FR");
		String roller = TestShop.product(jdbc, "Foam roller").tag(ProductTag.FOAM_ROLLER)
			.variant(sku, "45 cm, soft", "45 cm", "SOFT", 2400, 5).create().slug();
		String email = TestData.email("browser-guest");

		page.navigate("/shop/products/" + roller);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Foam roller").setLevel(1))).isVisible();
		assertThat(page.locator("main")).containsText("to ship by");
		accessible(page, "product");
		page.getByLabel("Quantity").fill("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your cart"))).isVisible();
		assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Foam roller"))).isVisible();
		accessible(page, "cart");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Checkout").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checkout").setLevel(1))).isVisible();
		accessible(page, "checkout");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the name to ship to.");
		accessible(page, "checkout-errors");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Full name").fill("Priya Patel");
		page.getByLabel("Street and number").fill("22 Lake Shore Drive");
		page.getByLabel("Town or city").fill("Chicago");
		page.getByLabel("State or region (optional)").fill("IL");
		page.getByLabel("ZIP or postal code").fill("60601");
		page.getByLabel("Country").selectOption("US");
		page.getByLabel("Bank transfer").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Thank you: your order is placed.");
		assertThat(page.getByText("Ships by")).containsText("America/Chicago");
		assertThat(page.locator(".shop-promise strong")).hasText(java.util.regex.Pattern.compile("^\\w+day \\d{1,2} \\w+$"));
		accessible(page, "order");
		String shown = page.url().substring(page.url().indexOf("/shop/orders/"));

		String link = TestMail.link(TestMail.awaitWithSubject(email, "ships by").get(0), "/shop/orders/");
		Assertions.assertThat(shown).startsWith(WebSession.pathOf(link));
		page.navigate(WebSession.pathOf(link));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Order BC-");
	}

	private static void accessible(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "shop_" + name + ".png")));
		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).as(name).isEmpty();
	}
}
