package org.backcare.shop;

/** How many of a product a cart line may hold, and what to tell the shopper when stock caps it. */
final class CartQuantity {

	static final String RANGE = "Choose a quantity from 1 to " + Carts.MOST_PER_LINE + ".";

	private CartQuantity() {
	}

	/** The quantity typed into a form, or null when it is not a number from 1 to 99. */
	static Integer parse(String text) {
		if (text == null || !text.strip().matches("\\d{1,3}")) {
			return null;
		}
		int quantity = Integer.parseInt(text.strip());
		return quantity >= 1 && quantity <= Carts.MOST_PER_LINE ? quantity : null;
	}

	static String capped(Variants.Variant variant, int kept) {
		if (kept == 0) {
			return variant.productName() + " is out of stock.";
		}
		if (kept == Carts.MOST_PER_LINE) {
			return "Your cart holds the most we sell at once of " + variant.line(1).name() + ": " + kept + ".";
		}
		return "Only " + variant.stock() + " of " + variant.line(1).name() + " in stock, so your cart holds " + kept + ".";
	}
}
