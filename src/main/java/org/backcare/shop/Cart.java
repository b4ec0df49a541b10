package org.backcare.shop;

import java.util.List;
import java.util.UUID;

/** A cart as the shopper sees it: each line at today's price and stock, and the totals with standard shipping. */
record Cart(UUID id, List<Line> lines, Totals totals) {

	record Line(Variants.Variant variant, int quantity) {

		OrderLine orderLine() {
			return variant.line(quantity);
		}

		/** More in the cart than can be ordered now; checkout would refuse it as sold out. */
		boolean shortOfStock() {
			return !variant.sellable() || quantity > variant.stock();
		}
	}

	Cart {
		lines = List.copyOf(lines);
	}

	int count() {
		return lines.stream().mapToInt(Line::quantity).sum();
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	boolean ageRestricted() {
		return lines.stream().anyMatch(line -> line.variant().ageRestricted());
	}

	List<OrderRequest.Item> items() {
		return lines.stream().map(line -> new OrderRequest.Item(line.variant().sku(), line.quantity())).toList();
	}
}
