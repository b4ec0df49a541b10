package org.backcare.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.backcare.Browser;
import org.backcare.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.ActiveProfiles;

/** On the demo catalogue, so the pages carry the real descriptions and illustrations. */
@BrowserTest
@ActiveProfiles({ "test", "demo" })
class ShopBrowserTests {

	@Test
	void searchesForAFoamRollerAndReadsWhenItShips(Page page) {
		page.navigate("/shop");
		page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search the shop")).fill("foam");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show products")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results for “foam”"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Smooth foam roller")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Smooth foam roller").setLevel(1)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Delivery")))
			.containsText(Pattern.compile("Order (within .+|now) to ship by \\w+day \\d+ \\w+\\."));
		assertThat(page.getByLabel("Size and firmness")).isVisible();
		assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("90 cm, firm, $34.00 (out of stock)")))
			.isDisabled();
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Who should not use it")))
			.containsText("Not in pregnancy after 13 weeks.");
	}

	@Test
	void narrowsTheCatalogueToCushionsForACar(Page page) {
		page.navigate("/shop");
		page.getByLabel("Seat cushions for").selectOption("CAR");
		page.getByLabel("In stock only").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show products")).click();

		var products = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Products")).getByRole(AriaRole.LISTITEM);
		assertThat(products).hasCount(3);
		assertThat(products.first()).containsText("cushion");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/shop", "/shop?q=foam", "/shop?category=seat-cushions", "/shop/products/foam-roller-smooth",
			"/shop/products/cbd-muscle-salve", "/shop/products/coccyx-cut-out-cushion", "/shop/products/handheld-massager",
			"/shop/products/no-such-thing" })
	void hasNoSeriousOrCriticalAccessibilityProblems(String path, Page page) {
		page.navigate(path);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "shop" + path.replaceAll("[/?=&]", "_") + ".png")));

		Assertions.assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void aProductPageReadsWellOnASmallScreen(Page page) {
		page.setViewportSize(320, 640);
		page.navigate("/shop/products/foam-roller-smooth");

		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320px")
			.isTrue();
	}
}
