package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.backcare.BackCareTest;
import org.backcare.TestConsultations;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.backcare.homecare.ProductTag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CatalogueWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatch dispatch;

	@Autowired
	ShopSettings settings;

	private WebSession visitor() {
		return new WebSession(port);
	}

	@Test
	void listsProductsWithTheirImagePriceFromTheCheapestVariantAndStockState() {
		String shelf = TestShop.category(jdbc, "Rollers for listing", null);
		var roller = TestShop.product(jdbc, "Listing roller")
			.category(shelf)
			.variant(TestShop.sku("LR"), "45 cm", "45 cm", "SOFT", 24_00, 10)
			.variant(TestShop.sku("LR"), "90 cm", "90 cm", "FIRM", 34_00, 5)
			.create();
		TestShop.product(jdbc, "Listing ball").category(shelf).variant(TestShop.sku("LB"), 14_00, 3).create();
		TestShop.product(jdbc, "Listing hook").category(shelf).variant(TestShop.sku("LH"), 32_00, 0).create();

		var page = visitor().get("/shop?category=" + shelf);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Rollers for listing", "3 products");
		assertThat(page.itemWith("Listing roller")).contains("from $24.00", "In stock");
		assertThat(page.itemWith("Listing ball")).contains("$14.00", "Only 3 left").doesNotContain("from");
		assertThat(page.itemWith("Listing hook")).contains("$32.00", "Out of stock");
		assertThat(page.body()).contains("href=\"/shop/products/" + roller.slug() + "\"", "alt=\"A picture of Listing roller\"");
	}

	@Test
	void searchingForFoamFindsTheRollersBestMatchFirst() {
		String smooth = TestShop.product(jdbc, "Smooth foam roller").variant(TestShop.sku("FS"), 24_00, 9).create().slug();
		String textured = TestShop.product(jdbc, "Textured foam roller").variant(TestShop.sku("FT"), 29_00, 9).create().slug();
		String ball = TestShop.product(jdbc, "Rubber massage ball").variant(TestShop.sku("RB"), 14_00, 9).create().slug();

		var page = visitor().get("/shop?q=foam");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Results for “foam”");
		assertThat(page.body()).contains("/shop/products/" + smooth, "/shop/products/" + textured)
			.doesNotContain("/shop/products/" + ball);
		assertThat(page.inputValue("q")).isEqualTo("foam");
	}

	@Test
	void aSearchThatMatchesNothingSaysSoAndOffersEverything() {
		var page = visitor().get("/shop?q=xylophone+zebra");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("No products match");
		assertThat(page.body()).contains("href=\"/shop\"");
	}

	@Test
	void aParentCategoryTakesInItsChildren() {
		String tools = TestShop.category(jdbc, "Tools for filtering", null);
		String balls = TestShop.category(jdbc, "Balls for filtering", tools);
		String child = TestShop.product(jdbc, "Filter ball").category(balls).variant(TestShop.sku("FB"), 14_00, 4).create().slug();
		String parent = TestShop.product(jdbc, "Filter stick").category(tools).variant(TestShop.sku("FK"), 9_00, 4).create().slug();

		var all = visitor().get("/shop?category=" + tools);
		var only = visitor().get("/shop?category=" + balls);

		assertThat(all.body()).contains("/shop/products/" + child, "/shop/products/" + parent);
		assertThat(only.body()).contains("/shop/products/" + child).doesNotContain("/shop/products/" + parent);
		assertThat(all.body()).contains("<a href=\"/shop?category=" + tools + "\" aria-current=\"page\">");
	}

	@Test
	void filtersByThePlaceACushionSuitsAndByStock() {
		String shelf = TestShop.category(jdbc, "Cushions for filtering", null);
		String car = TestShop.product(jdbc, "Car cushion").category(shelf).places(CushionPlace.CAR, CushionPlace.OFFICE_CHAIR)
			.variant(TestShop.sku("CC"), 45_00, 4).create().slug();
		String wheelchair = TestShop.product(jdbc, "Wheelchair cushion").category(shelf).places(CushionPlace.WHEELCHAIR)
			.variant(TestShop.sku("WC"), 55_00, 4).create().slug();
		String soldOut = TestShop.product(jdbc, "Sold-out car cushion").category(shelf).places(CushionPlace.CAR)
			.variant(TestShop.sku("SC"), 45_00, 0).create().slug();

		var inCars = visitor().get("/shop?category=" + shelf + "&place=CAR");
		var inStock = visitor().get("/shop?category=" + shelf + "&place=CAR&inStock=true");

		assertThat(inCars.body()).contains("/shop/products/" + car, "/shop/products/" + soldOut)
			.doesNotContain("/shop/products/" + wheelchair);
		assertThat(inStock.body()).contains("/shop/products/" + car).doesNotContain("/shop/products/" + soldOut);
		assertThat(inStock.checked("inStock")).isTrue();
		assertThat(inCars.checked("inStock")).isFalse();
	}

	@Test
	void filtersByTheKindOfProductACarePlanNames() {
		String shelf = TestShop.category(jdbc, "Warmth for filtering", null);
		String heat = TestShop.product(jdbc, "Tagged heat pack").category(shelf).tag(ProductTag.HEAT_PACK)
			.variant(TestShop.sku("TH"), 22_00, 4).create().slug();
		String cold = TestShop.product(jdbc, "Tagged cold pack").category(shelf).tag(ProductTag.COLD_PACK)
			.variant(TestShop.sku("TC"), 12_00, 4).create().slug();

		var page = visitor().get("/shop?category=" + shelf + "&tag=HEAT_PACK");

		assertThat(page.body()).contains("/shop/products/" + heat).doesNotContain("/shop/products/" + cold);
	}

	@Test
	void anUnknownFilterValueIsABadRequestNotAnError() {
		assertThat(visitor().get("/shop?tag=MAGIC_WAND").status()).isEqualTo(400);
		assertThat(visitor().get("/shop?place=ROOF").status()).isEqualTo(400);
		assertThat(visitor().get("/shop?q=" + "a".repeat(5000)).status()).isEqualTo(200);
		assertThat(visitor().get("/shop?q=%22unbalanced+-+%26+%7C+!").status()).isEqualTo(200);
	}

	@Test
	void theProductPageShowsTheDescriptionVariantsWithStockStatesAndTheLiveDispatchPromise() {
		String soft = TestShop.sku("PP");
		String firm = TestShop.sku("PP");
		String medium = TestShop.sku("PP");
		var roller = TestShop.product(jdbc, "Promise roller")
			.variant(soft, "45 cm, soft", "45 cm", "SOFT", 24_00, 12)
			.variant(medium, "45 cm, medium", "45 cm", "MEDIUM", 24_00, 2)
			.variant(firm, "90 cm, firm", "90 cm", "FIRM", 34_00, 0)
			.create();

		var before = DispatchNotice.of(dispatch.promiseNow(), settings);
		var page = visitor().get("/shop/products/" + roller.slug());
		var after = DispatchNotice.of(dispatch.promiseNow(), settings);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Promise roller", "What it is for", "How to use it safely", "Who should not use it",
				"Sizes and prices", "Free shipping on every order", "Central Time (America/Chicago)");
		assertThat(page.rowWith(soft)).contains("45 cm, soft", "$24.00", "In stock");
		assertThat(page.rowWith(medium)).contains("Only 2 left");
		assertThat(page.rowWith(firm)).contains("$34.00", "Out of stock");
		var promise = Pattern.compile("Order (within \\d+ hours?( and \\d+ minutes?)?|within \\d+ minutes?|within less than a minute|now) "
				+ "to ship by (\\w+ \\d+ \\w+)\\s?\\.").matcher(page.text());
		assertThat(promise.find()).as(page.text()).isTrue();
		assertThat(promise.group(3)).isIn(before.shipBy(), after.shipBy());
		assertThat(promise.group(1).equals("now")).isIn(!before.beforeCutOff(), !after.beforeCutOff());
	}

	@Test
	void theAddToCartFormPostsTheChosenSkuAndQuantityWithItsCsrfToken() {
		String inStock = TestShop.sku("AC");
		String soldOut = TestShop.sku("AC");
		var product = TestShop.product(jdbc, "Cart roller")
			.variant(soldOut, "Firm", null, "FIRM", 30_00, 0)
			.variant(inStock, "Soft", null, "SOFT", 30_00, 7)
			.create();

		String body = visitor().get("/shop/products/" + product.slug()).body();

		assertThat(body).contains("<form method=\"post\" action=\"/shop/cart/items\"", "name=\"_csrf\"",
				"<label for=\"sku\">Size and firmness</label>", "<select id=\"sku\" name=\"sku\"",
				"<label for=\"quantity\">Quantity</label>", "name=\"quantity\" type=\"number\"", ">Add to cart</button>");
		assertThat(body).containsPattern("<option value=\"" + soldOut + "\" disabled[^>]*>Firm, \\$30.00 \\(out of stock\\)")
			.containsPattern("<option value=\"" + inStock + "\" selected>Soft, \\$30.00</option>");
	}

	@Test
	void aProductSoldInOneFormCarriesItsSkuInAHiddenField() {
		String sku = TestShop.sku("ONE");
		String slug = TestShop.product(jdbc, sku, 11_00, 5);

		String body = visitor().get("/shop/products/" + slug).body();

		assertThat(body).contains("<input type=\"hidden\" name=\"sku\" value=\"" + sku + "\">", ">Add to cart</button>")
			.doesNotContain("Size and firmness", "Sizes and prices");
	}

	@Test
	void aSoldOutProductHasNoAddToCartFormAndNoPromise() {
		String slug = TestShop.product(jdbc, TestShop.sku("GONE"), 59_00, 0);

		var page = visitor().get("/shop/products/" + slug);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Out of stock at the moment").doesNotContain("Add to cart", "to ship by");
		assertThat(page.body()).doesNotContain("/shop/cart/items");
	}

	@Test
	void cushionsListThePlacesTheySuitAndAgeRestrictedProductsSaySo() {
		String cushion = TestShop.product(jdbc, "Places cushion").places(CushionPlace.CAR, CushionPlace.STADIUM)
			.variant(TestShop.sku("PC"), 45_00, 5).create().slug();
		String salve = TestShop.product(jdbc, "Age salve").ageRestricted().variant(TestShop.sku("AS"), 39_00, 5).create().slug();

		var cushionPage = visitor().get("/shop/products/" + cushion);
		var salvePage = visitor().get("/shop/products/" + salve);

		assertThat(cushionPage.text()).contains("Where it suits", "Car", "Stadium seat").doesNotContain("21 and over");
		assertThat(cushionPage.body()).contains("href=\"/shop?place=CAR\"");
		assertThat(salvePage.text()).contains("For adults 21 and over").doesNotContain("Where it suits");
	}

	@Test
	void relatedProductsComeFromTheSameCategoryOrKindAndNeverTheProductItself() {
		String shelf = TestShop.category(jdbc, "Related shelf", null);
		String self = TestShop.product(jdbc, "Related main").category(shelf).tag(ProductTag.MASSAGE_BALL)
			.variant(TestShop.sku("RM"), 10_00, 5).create().slug();
		String sibling = TestShop.product(jdbc, "Related sibling").category(shelf)
			.variant(TestShop.sku("RS"), 10_00, 5).create().slug();

		var page = visitor().get("/shop/products/" + self);

		String related = page.body().substring(page.body().indexOf("id=\"related-heading\""));
		assertThat(related).contains("/shop/products/" + sibling).doesNotContain("/shop/products/" + self + "\"");
	}

	@Test
	void anUnknownProductIsAFriendlyNotFoundPageWithASearch() {
		var page = visitor().get("/shop/products/no-such-roller");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We can't find that product", "Search the shop");
		assertThat(page.inputValue("q")).isEqualTo("no such roller");
	}

	@Test
	void theCarePlanRecommendationIsShownOnlyToTheClientWhosePlanNamesTheProducts() {
		String cushion = TestShop.product(jdbc, "Plan cushion").tag(ProductTag.SEAT_CUSHION)
			.variant(TestShop.sku("PLC"), 45_00, 5).create().slug();
		String email = TestData.email("shopper");
		var client = WebSession.signedInClient(port, "Sam Shopper", email);
		var therapist = WebSession.signedInTherapist(port, "Tara Shop", TestData.email("tara"));
		approvePlan(client, email, "Sam Shopper", therapist);
		var otherClient = WebSession.signedInClient(port, "Olga Other", TestData.email("other-shopper"));

		var page = client.get("/shop");

		assertThat(page.text()).contains("Recommended in your care plan", "the care plan your therapist approved for you");
		String recommended = page.body().substring(page.body().indexOf("id=\"recommended-heading\""),
				page.body().indexOf("id=\"categories-heading\""));
		assertThat(recommended).contains("/shop/products/" + cushion);
		assertThat(otherClient.get("/shop").text()).doesNotContain("Recommended in your care plan");
		assertThat(visitor().get("/shop").text()).doesNotContain("Recommended in your care plan");
		assertThat(therapist.get("/shop").text()).doesNotContain("Recommended in your care plan");
	}

	private void approvePlan(WebSession client, String email, String name, WebSession therapist) {
		TestConsultations.submitChronicDeskWorker(client, name);
		long plan = jdbc.sql("select p.id from care_plans p join accounts a on a.id = p.client_id where a.email = ?")
			.param(email)
			.query(Long.class)
			.single();
		therapist.get("/therapist/plans/" + plan);
		assertThat(therapist.post("/therapist/plans/" + plan + "/approval", List.of("version", "1")).status()).isEqualTo(302);
	}
}
