package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class AdminProductsWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	static final byte[] SVG = ("<?xml version=\"1.0\"?>\n<!-- roller -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
			+ "viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"4\"/></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8);


	private static final byte[] SCRIPTED_SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
		.getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession admin;

	@BeforeEach
	void setUp() {
		new ShopFloor(jdbc);
		admin = WebSession.signedInAdmin(port);
	}

	@Test
	void addsAProductWithItsImageAndAVariantPricedInDollars() {
		String slug = "test-roller-" + System.nanoTime();
		admin.get("/admin/shop/products/new");

		var added = admin.postMultipart("/admin/shop/products/new", product(slug, "Smooth test roller"), "image",
				"Foam Roller.PNG", "image/png", PNG);

		assertThat(added.status()).as(added.body()).isEqualTo(302);
		String productPath = added.location();
		var page = admin.follow(added);
		assertThat(page.text()).contains("Added Smooth test roller. Add its first variant to sell it.");
		String imagePath = page.find("src=\"(/shop/images/\\d+/foam-roller\\.png)\"");
		assertThat(imagePath).isNotNull();
		var image = new WebSession(port).get(imagePath);
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.mediaType()).isEqualTo("image/png");
		assertThat(image.header("Cache-Control")).contains("max-age=31536000").contains("public").contains("immutable");

		String sku = "TR-" + System.nanoTime();
		var variant = admin.submit(productPath + "/variants/new", productPath + "/variants/new", Map.of("sku", sku, "label",
				"90 cm, firm", "size", "90 cm", "firmness", "FIRM", "price", "24.00", "taxRate", "8.25", "lowStockAt", "3",
				"stock", "12", "active", "true"));

		assertThat(variant.location()).isEqualTo(productPath);
		var row = jdbc.sql("select price_minor, tax_rate_bp, stock, currency from shop_variants where sku = :sku").param("sku", sku).query().singleRow();
		assertThat(row).containsEntry("price_minor", 2400L).containsEntry("tax_rate_bp", 825).containsEntry("stock", 12)
			.containsEntry("currency", "USD");
		assertThat(admin.get(productPath).rowWith(sku)).contains("90 cm, firm").contains("$24.00").contains("12");
		assertThat(admin.get("/admin/shop/stock/" + sku).rowWith("First stock of a new variant")).contains("+12");
	}

	@Test
	void refusesAProductWithMissingFieldsAndAFileThatIsNotAnImage() {
		String slug = "Bad Slug!";
		var form = new ArrayList<>(product(slug, " "));
		admin.get("/admin/shop/products/new");

		var refused = admin.postMultipart("/admin/shop/products/new", form, "image", "roller.png", "image/png",
				"%PDF-1.7 not an image".getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Enter the product's name")
			.contains("Use lower-case letters, digits and single hyphens")
			.contains("Upload the image as a PNG, JPEG, WebP or SVG file.");
		assertThat(refused.inputValue("slug")).isEqualTo(slug);
		assertThat(jdbc.sql("select count(*) from shop_products where slug = :slug").param("slug", slug).query(Integer.class).single()).isZero();
	}

	@Test
	void refusesAnSvgWithAScriptAndServesAPlainOneUnderAPolicyThatBlocksScripts() {
		String slug = "test-svg-" + System.nanoTime();
		admin.get("/admin/shop/products/new");

		var scripted = admin.postMultipart("/admin/shop/products/new", product(slug, "Scripted"), "image", "x.svg",
				"image/svg+xml", SCRIPTED_SVG);
		var plain = admin.postMultipart("/admin/shop/products/new", product(slug, "Plain drawing"), "image",
				"drawing.svg", "image/svg+xml", SVG);

		assertThat(scripted.status()).isEqualTo(422);
		assertThat(scripted.text()).contains("This SVG holds a script");
		String imagePath = admin.follow(plain).find("src=\"(/shop/images/\\d+/drawing\\.svg)\"");
		var image = new WebSession(port).get(imagePath);
		assertThat(image.mediaType()).isEqualTo("image/svg+xml");
		assertThat(image.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
		assertThat(new WebSession(port).get(imagePath.replace("drawing.svg", "other.svg")).status()).isEqualTo(404);
	}

	@Test
	void editsAProductKeepingItsImageAndRefusesATakenSlug() {
		long id = new ShopFloor(jdbc).product("Editable cushion");
		long other = new ShopFloor(jdbc).product("Other cushion");
		String otherSlug = jdbc.sql("select slug from shop_products where id = :id").param("id", other).query(String.class).single();
		String path = "/admin/shop/products/" + id;
		var form = admin.get(path);
		String slug = form.inputValue("slug");

		var fields = new ArrayList<>(product(slug, "Edited cushion"));
		fields.addAll(List.of("places", "CAR", "places", "PLANE", "ageRestricted", "true"));
		var saved = admin.postMultipart(path, fields, null, null, null, null);
		var taken = admin.postMultipart(path, product(otherSlug, "Edited cushion"), null, null, null, null);

		assertThat(saved.location()).isEqualTo(path);
		var row = jdbc.sql("select name, image_path, age_restricted, places::text as places from shop_products where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("name", "Edited cushion").containsEntry("image_path", "/images/test.svg")
			.containsEntry("age_restricted", true).containsEntry("places", "{CAR,PLANE}");
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text()).contains("Another product has this address already");
	}

	@Test
	void refusesAVariantWithABadPriceTaxOrSkuAndATakenSku() {
		String existing = new ShopFloor(jdbc).variant("Variant host", 3, 1);
		long id = jdbc.sql("select product_id from shop_variants where sku = :sku").param("sku", existing).query(Long.class).single();
		String path = "/admin/shop/products/" + id + "/variants/new";

		var bad = admin.submit(path, path, Map.of("sku", "lower-case", "label", "", "size", "", "firmness", "HARD",
				"price", "24.001", "taxRate", "120", "lowStockAt", "-1", "stock", "x"));
		var taken = admin.submit(path, path, Map.of("sku", existing, "label", "", "size", "", "firmness", "",
				"price", "10", "taxRate", "0", "lowStockAt", "1", "stock", "0"));

		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.text()).contains("Use capital letters, digits and single hyphens")
			.contains("Choose soft, medium, firm, or none.")
			.contains("Use at most 2 decimal places.")
			.contains("Enter the tax rate included in the price in per cent")
			.contains("Enter a whole number of units")
			.contains("Enter the units in stock now");
		assertThat(bad.inputValue("price")).isEqualTo("24.001");
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text()).contains("This SKU is taken");
	}

	@Test
	void changesAVariantsPriceAndLowStockLevel() {
		String sku = new ShopFloor(jdbc).variant("Repriced ball", 3, 1);
		long id = jdbc.sql("select product_id from shop_variants where sku = :sku").param("sku", sku).query(Long.class).single();
		String path = "/admin/shop/products/" + id + "/variants/" + sku;
		assertThat(admin.get(path).inputValue("price")).isEqualTo("24.00");

		var saved = admin.submit(path, path, Map.of("label", "Pair", "size", "", "firmness", "MEDIUM", "price", "19.5",
				"taxRate", "0", "lowStockAt", "5", "active", "true"));

		assertThat(saved.location()).isEqualTo("/admin/shop/products/" + id);
		var row = jdbc.sql("select price_minor, low_stock_at, label, firmness from shop_variants where sku = :sku").param("sku", sku).query().singleRow();
		assertThat(row).containsEntry("price_minor", 1950L).containsEntry("low_stock_at", 5).containsEntry("label", "Pair")
			.containsEntry("firmness", "MEDIUM");
	}

	private static List<String> product(String slug, String name) {
		return List.of("name", name, "slug", slug, "category", ShopFloor.CATEGORY, "summary", "Rolls out tight muscles.",
				"whatItIsFor", "Loosening the muscles beside the spine.", "howToUse", "Roll slowly, never over the spine.",
				"whoShouldNot", "Not after recent back surgery.", "productTag", "FOAM_ROLLER", "imageAlt",
				"A smooth blue foam roller", "active", "true");
	}
}
