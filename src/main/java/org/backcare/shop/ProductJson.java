package org.backcare.shop;

import java.util.List;

/**
 * A product in the JSON API. The top-level sku, price and availability are those of one variant: the one asked
 * for by SKU, else the product's first.
 *
 * @param available units of that variant that can be ordered now
 * @param stockState IN_STOCK, LOW (only a few left) or OUT_OF_STOCK
 */
record ProductJson(String sku, String slug, String name, String category, long priceMinor, String currency,
		int available, StockState stockState, String url, String imageUrl, List<VariantJson> variants) {

	/** @param available units that can be ordered now */
	record VariantJson(String sku, String label, String size, String firmness, long priceMinor, String currency,
			int available, StockState stockState) {

		static VariantJson of(Offer offer) {
			return new VariantJson(offer.sku(), offer.label(), offer.size(), offer.firmness(), offer.price().minor(),
					offer.price().currency().getCurrencyCode(), offer.available(), offer.stockState());
		}
	}

	static ProductJson of(CatalogueEntry product, Offer shown, String url, String imageUrl) {
		return new ProductJson(shown.sku(), product.slug(), product.name(), product.categorySlug(), shown.price().minor(),
				shown.price().currency().getCurrencyCode(), shown.available(), shown.stockState(), url, imageUrl,
				product.offers().stream().map(VariantJson::of).toList());
	}
}
