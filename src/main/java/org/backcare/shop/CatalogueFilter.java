package org.backcare.shop;

import org.backcare.homecare.ProductTag;

/**
 * What a visitor narrowed the catalogue to: words to search for and the filters, each optional.
 *
 * @param query free text for PostgreSQL's websearch syntax ("foam roller", "heat -cold", quoted phrases)
 * @param category a category slug; a parent category takes in its children
 */
record CatalogueFilter(String query, String category, ProductTag tag, CushionPlace place, boolean inStockOnly) {

	/** Longer searches are cut: nobody types more, and the text goes into a full-text query. */
	static final int LONGEST_QUERY = 200;

	CatalogueFilter {
		query = query == null ? "" : query.strip();
		query = query.length() > LONGEST_QUERY ? query.substring(0, LONGEST_QUERY) : query;
		category = category == null ? "" : category.strip();
	}

	static CatalogueFilter everything() {
		return new CatalogueFilter("", "", null, null, false);
	}

	boolean searches() {
		return !query.isEmpty();
	}

	boolean narrows() {
		return searches() || !category.isEmpty() || tag != null || place != null || inStockOnly;
	}
}
