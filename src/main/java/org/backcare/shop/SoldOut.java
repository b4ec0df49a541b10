package org.backcare.shop;

/** A line asks for more units than are on the shelf (or the product is no longer sold): nothing was ordered. */
class SoldOut extends RuntimeException {

	private final String sku;

	private final String productName;

	SoldOut(String sku, String productName) {
		super(productName + " (" + sku + ") is sold out");
		this.sku = sku;
		this.productName = productName;
	}

	String sku() {
		return sku;
	}

	String productName() {
		return productName;
	}
}
