package org.backcare.shop;

/** One product in a cart or an order, at the price the server read (prices include tax). */
record OrderLine(String sku, String productName, String variantLabel, Money unitPrice, int taxRateBp, int quantity) {

	Money total() {
		return unitPrice.times(quantity);
	}

	/** The tax included in this line, rounded half-up once per line. */
	Money includedTax() {
		return total().includedTax(taxRateBp);
	}

	String name() {
		return variantLabel.isEmpty() ? productName : productName + " (" + variantLabel + ")";
	}
}
