package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo shop that {@code ./mvnw spring-boot:run} shows, in the demo practice's own context. */
@BackCareTest
@ActiveProfiles({ "test", "demo" })
class DemoShopTests {

	// The slugs content articles link to (the contract between the shop and content parts).
	static final List<String> SLUGS = List.of("foam-roller-smooth", "foam-roller-textured", "massage-ball-pair",
			"peanut-massage-ball", "trigger-point-hook", "handheld-massager", "wheat-heat-pack", "gel-cold-pack",
			"hot-cold-lumbar-wrap", "kinesiology-tape", "menthol-cooling-balm", "cbd-muscle-salve",
			"memory-foam-seat-cushion", "lumbar-support-cushion", "coccyx-cut-out-cushion");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCatalogue demo;

	@Test
	void everyProductArticlesLinkToHasAPageAndAnIllustrationOfItsOwn() {
		var visitor = new WebSession(port);
		for (String slug : SLUGS) {
			var page = visitor.get("/shop/products/" + slug);
			assertThat(page.status()).as(slug).isEqualTo(200);
			assertThat(page.text()).as(slug).contains("What it is for", "How to use it safely", "Who should not use it");
			var image = visitor.get("/images/shop/" + slug + ".svg");
			assertThat(image.status()).as(slug).isEqualTo(200);
			assertThat(image.body()).as(slug).startsWith("<svg");
		}
	}

	@Test
	void theCatalogueHasItsCategoriesStockLevelsAndRestrictions() {
		var shop = new WebSession(port).get("/shop?category=massage-tools");
		assertThat(shop.text()).contains("Smooth foam roller", "Massage ball pair", "Trigger-point hook tool",
				"Handheld vibration massager").doesNotContain("Wheat heat pack");
		assertThat(shop.itemWith("Handheld vibration massager")).contains("Out of stock");
		assertThat(jdbc.sql("select count(*) from shop_variants where stock = 0").query(Integer.class).single())
			.as("one sold-out variant and one sold-out product").isEqualTo(2);
		assertThat(jdbc.sql("select age_restricted from shop_products where slug = 'cbd-muscle-salve'").query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select count(*) from shop_products where cardinality(places) > 0").query(Integer.class).single())
			.isEqualTo(3);
		var salve = new WebSession(port).get("/shop/products/cbd-muscle-salve");
		assertThat(salve.text()).contains("For adults 21 and over", "pregnancy", "If you take any medication");
	}

	@Test
	void theShopClosesOnThanksgivingWeekendAndShipsCbdOnlyWithinTheUnitedStates() {
		assertThat(jdbc.sql("select day from shop_holidays where day between '2026-11-01' and '2026-11-30' order by day")
			.query(LocalDate.class)
			.list()).containsExactly(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
		assertThat(jdbc.sql("select count(*) from shop_holidays where extract(year from day) = 2027").query(Integer.class).single())
			.isGreaterThanOrEqualTo(11);
		assertThat(jdbc.sql("select country from shop_destinations where allows_restricted").query(String.class).list())
			.containsExactly("US");
	}

	@Test
	void searchingForFoamFindsBothRollers() {
		var page = new WebSession(port).get("/shop?q=foam+roller");

		assertThat(page.body()).contains("/shop/products/foam-roller-smooth", "/shop/products/foam-roller-textured");
		assertThat(page.body().indexOf("/shop/products/foam-roller-smooth"))
			.isLessThan(page.body().indexOf("/shop/products/memory-foam-seat-cushion") < 0 ? Integer.MAX_VALUE
					: page.body().indexOf("/shop/products/memory-foam-seat-cushion"));
	}

	@Test
	void aRestartChangesNothing() {
		int before = jdbc.sql("select count(*) from shop_variants").query(Integer.class).single();

		demo.createDemoCatalogue();

		assertThat(jdbc.sql("select count(*) from shop_variants").query(Integer.class).single()).isEqualTo(before);
	}
}
