package org.backcare.shop;

/** Where a seat cushion suits; the names are those of the shop_products.places check. */
enum CushionPlace {

	OFFICE_CHAIR("Office chair"), CAR("Car"), WHEELCHAIR("Wheelchair"), PLANE("Plane"), RECLINER("Recliner"),
	COUCH("Couch"), STADIUM("Stadium seat");

	private final String label;

	CushionPlace(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
