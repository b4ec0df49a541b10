package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@BackCareTest
class ProductsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebSession.Response get(String path) {
		return new WebSession(port).getJson(path, null);
	}

	private static List<String> slugs(JsonNode list) {
		List<String> slugs = new ArrayList<>();
		list.forEach(product -> slugs.add(product.path("slug").asString()));
		return slugs;
	}

	@Test
	void anyoneCanListProductsOfACategoryWithTheirVariants() {
		String shelf = TestShop.category(jdbc, "API shelf", null);
		String first = TestShop.sku("API");
		String second = TestShop.sku("API");
		var roller = TestShop.product(jdbc, "API roller")
			.category(shelf)
			.variant(first, "45 cm, soft", "45 cm", "SOFT", 24_00, 12)
			.variant(second, "90 cm, firm", "90 cm", "FIRM", 34_00, 2)
			.create();

		var response = get("/api/v1/products?category=" + shelf);

		assertThat(response.status()).isEqualTo(200);
		JsonNode list = response.json();
		assertThat(list.size()).isEqualTo(1);
		JsonNode product = list.get(0);
		assertThat(product.path("sku").asString()).isEqualTo(first);
		assertThat(product.path("slug").asString()).isEqualTo(roller.slug());
		assertThat(product.path("name").asString()).isEqualTo("API roller");
		assertThat(product.path("category").asString()).isEqualTo(shelf);
		assertThat(product.path("priceMinor").asLong()).isEqualTo(24_00);
		assertThat(product.path("currency").asString()).isEqualTo("USD");
		assertThat(product.path("available").asInt()).isEqualTo(12);
		assertThat(product.path("stockState").asString()).isEqualTo("IN_STOCK");
		assertThat(product.path("url").asString()).endsWith("/shop/products/" + roller.slug());
		assertThat(product.path("imageUrl").asString()).endsWith("/images/shop/foam-roller-smooth.svg");
		JsonNode variant = product.path("variants").get(1);
		assertThat(variant.path("sku").asString()).isEqualTo(second);
		assertThat(variant.path("label").asString()).isEqualTo("90 cm, firm");
		assertThat(variant.path("size").asString()).isEqualTo("90 cm");
		assertThat(variant.path("firmness").asString()).isEqualTo("FIRM");
		assertThat(variant.path("priceMinor").asLong()).isEqualTo(34_00);
		assertThat(variant.path("available").asInt()).isEqualTo(2);
		assertThat(variant.path("stockState").asString()).isEqualTo("LOW");
	}

	@Test
	void searchesByWords() {
		String shelf = TestShop.category(jdbc, "API search shelf", null);
		String roller = TestShop.product(jdbc, "Searchable foam roller").category(shelf)
			.variant(TestShop.sku("AS"), 24_00, 3).create().slug();
		String tape = TestShop.product(jdbc, "Searchable tape").category(shelf)
			.variant(TestShop.sku("AT"), 15_00, 3).create().slug();

		var response = get("/api/v1/products?q=foam&category=" + shelf);

		assertThat(response.status()).isEqualTo(200);
		assertThat(slugs(response.json())).contains(roller).doesNotContain(tape);
	}

	@Test
	void aSkuGivesItsProductWithThatVariantsPriceAndStockOnTop() {
		String first = TestShop.sku("ONE");
		String second = TestShop.sku("TWO");
		var product = TestShop.product(jdbc, "API cushion")
			.variant(first, "Standard", null, null, 49_00, 6)
			.variant(second, "Large", null, null, 55_00, 0)
			.create();

		var response = get("/api/v1/products/" + second);

		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.path("slug").asString()).isEqualTo(product.slug());
		assertThat(json.path("sku").asString()).isEqualTo(second);
		assertThat(json.path("priceMinor").asLong()).isEqualTo(55_00);
		assertThat(json.path("available").asInt()).isZero();
		assertThat(json.path("stockState").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(json.path("variants").size()).isEqualTo(2);
	}

	@Test
	void anUnknownSkuIsANotFoundProblem() {
		var response = get("/api/v1/products/NO-SUCH-SKU");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.mediaType()).isEqualTo("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(404);
	}

	@Test
	void anInactiveVariantIsNotForSale() {
		String sku = TestShop.sku("OFF");
		TestShop.product(jdbc, sku, 10_00, 5);
		jdbc.sql("update shop_variants set active = false where sku = ?").param(sku).update();

		assertThat(get("/api/v1/products/" + sku).status()).isEqualTo(404);
	}
}
