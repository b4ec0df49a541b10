package org.backcare.shop;

/**
 * A variant's stock fell to or below its low-stock level, by a sale or an adjustment: published once, when it
 * crosses the level, not on every later sale.
 *
 * @param stock units left after the change
 */
public record StockRanLow(String sku, String productName, String variantLabel, int stock, int lowStockAt) {

	public boolean soldOut() {
		return stock == 0;
	}
}
