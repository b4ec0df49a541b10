package org.backcare.shop;

/** What a customer can expect: plenty, only a few left, or none. The names are part of the API. */
enum StockState {

	IN_STOCK, LOW, OUT_OF_STOCK;

	/** Low at or below {@code lowAt} units, so "only 3 left" shows while 3 can still be bought. */
	static StockState of(int available, int lowAt) {
		if (available <= 0) {
			return OUT_OF_STOCK;
		}
		return available <= lowAt ? LOW : IN_STOCK;
	}
}
