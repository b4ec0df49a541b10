package org.backcare.shop;

import java.util.List;
import java.util.Optional;

/** All categories in the shop's order, read once per page for the navigation and the filter. */
record Categories(List<ProductCategory> all) {

	Categories {
		all = List.copyOf(all);
	}

	List<ProductCategory> topLevel() {
		return all.stream().filter(ProductCategory::topLevel).toList();
	}

	List<ProductCategory> childrenOf(String slug) {
		return all.stream().filter(category -> slug.equals(category.parentSlug())).toList();
	}

	Optional<ProductCategory> find(String slug) {
		return all.stream().filter(category -> category.slug().equals(slug)).findFirst();
	}
}
