package org.backcare.shop;

/** No variant with this SKU: the pages and the API answer 404. */
class UnknownSku extends RuntimeException {

	UnknownSku(String sku) {
		super("No variant with SKU " + sku);
	}
}
