package org.backcare.shop;

import java.util.Currency;
import java.util.List;

/** What an order costs, always computed on the server from the variants' prices. Prices include tax. */
record Totals(Money subtotal, Money shipping, Money tax, Money total) {

	static Totals of(List<OrderLine> lines, ShippingMethod shipping, ShopSettings settings) {
		Currency currency = settings.currency();
		Money subtotal = Money.zero(currency);
		Money tax = Money.zero(currency);
		for (OrderLine line : lines) {
			subtotal = subtotal.plus(line.total());
			tax = tax.plus(line.includedTax());
		}
		Money postage = shipping.price(subtotal, settings);
		return new Totals(subtotal, postage, tax, subtotal.plus(postage));
	}
}
