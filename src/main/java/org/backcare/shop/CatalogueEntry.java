package org.backcare.shop;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backcare.homecare.ProductTag;

/**
 * A product as the catalogue shows it, with the variants on sale (at least one). The three texts are written
 * for BackCare; each holds paragraphs separated by a blank line.
 *
 * @param tag the kind of product a care plan recommends it by, or null
 * @param ageRestricted sold only to buyers of age, and only where the destination allows it (CBD)
 */
record CatalogueEntry(long id, String slug, String name, String categorySlug, String categoryName, String summary,
		String whatItIsFor, String howToUse, String whoShouldNot, ProductTag tag, boolean ageRestricted,
		List<CushionPlace> places, String imagePath, String imageAlt, List<Offer> offers) {

	CatalogueEntry {
		places = List.copyOf(places);
		offers = List.copyOf(offers);
	}

	String url() {
		return "/shop/products/" + slug;
	}

	Offer firstOffer() {
		return offers.get(0);
	}

	Optional<Offer> offer(String sku) {
		return offers.stream().filter(offer -> offer.sku().equals(sku)).findFirst();
	}

	Money fromPrice() {
		return offers.stream().map(Offer::price).min(Comparator.comparingLong(Money::minor)).orElseThrow();
	}

	/** Whether the variants differ in price, so the card says "from $x". */
	boolean pricesVary() {
		return offers.stream().map(offer -> offer.price().minor()).distinct().count() > 1;
	}

	int available() {
		return offers.stream().mapToInt(Offer::available).sum();
	}

	/** The product as a whole: low when all its variants together are down to the highest low-stock level. */
	StockState stockState() {
		return StockState.of(available(), offers.stream().mapToInt(Offer::lowStockAt).max().orElse(0));
	}

	boolean inStock() {
		return available() > 0;
	}

	boolean soldInOneForm() {
		return offers.size() == 1;
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}
}
