package org.backcare.shop;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.platform.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The catalogue for apps, open to anyone: the same products, prices and stock the shop pages show. */
@RestController
@Tag(name = "Shop")
class ProductsApi {

	private final ProductCatalogue catalogue;

	private final PublicLinks links;

	ProductsApi(ProductCatalogue catalogue, PublicLinks links) {
		this.catalogue = catalogue;
		this.links = links;
	}

	@GetMapping("/api/v1/products")
	@Operation(summary = "Products, best matches first when searching (q: words, quoted phrases, -word); category takes in its sub-categories")
	List<ProductJson> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category) {
		return catalogue.search(new CatalogueFilter(q, category, null, null, false))
			.stream()
			.map(product -> json(product, product.firstOffer()))
			.toList();
	}

	@GetMapping("/api/v1/products/{sku}")
	@Operation(summary = "The product one SKU belongs to; its top-level sku, price and availability are that variant's (404 when unknown)")
	ProductJson one(@PathVariable String sku) {
		return catalogue.bySku(sku)
			.map(product -> json(product, product.offer(sku).orElseThrow()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product has the SKU " + sku));
	}

	private ProductJson json(CatalogueEntry product, Offer shown) {
		return ProductJson.of(product, shown, links.to(product.url()), links.to(product.imagePath()));
	}
}
