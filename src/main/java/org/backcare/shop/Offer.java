package org.backcare.shop;

/**
 * One variant as it is on sale now: its SKU, what sets it apart (size, firmness), its tax-inclusive price and the
 * units that can be ordered.
 *
 * @param label e.g. "45 cm, soft"; empty for a product sold in one form only
 * @param firmness SOFT, MEDIUM or FIRM, or null
 */
record Offer(String sku, String label, String size, String firmness, Money price, int available, int lowStockAt) {

	StockState stockState() {
		return StockState.of(available, lowStockAt);
	}

	boolean inStock() {
		return available > 0;
	}
}
