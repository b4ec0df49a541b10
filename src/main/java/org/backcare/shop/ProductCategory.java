package org.backcare.shop;

/** A shelf of the shop; massage tools has shelves of its own (foam rollers, massage balls …). */
record ProductCategory(String slug, String name, String parentSlug, String summary) {

	boolean topLevel() {
		return parentSlug == null;
	}
}
