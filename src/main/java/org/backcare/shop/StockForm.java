package org.backcare.shop;

import org.backcare.platform.FormErrors;

/**
 * A stock adjustment as typed: either the new quantity counted on the shelf, or the change (+24 for a delivery,
 * -2 for damaged units), always with the reason.
 */
record StockForm(String quantity, String change, String reason) {

	static StockForm blank() {
		return new StockForm("", "", "");
	}

	FormErrors errors() {
		var errors = FormErrors.none();
		boolean counted = !blank(quantity);
		boolean changed = !blank(change);
		if (counted == changed) {
			errors.field("quantity", counted ? "Enter the new quantity or the change, not both."
					: "Enter the new quantity, or the change in units.");
		}
		else if (counted && VariantForm.whole(quantity, 0, StockLedger.MOST) == null) {
			errors.field("quantity", "Enter the units on the shelf, a whole number from 0 to " + StockLedger.MOST + ".");
		}
		else if (changed && delta() == null) {
			errors.field("change", "Enter the change as a whole number, e.g. 24 or -2.");
		}
		if (blank(reason)) {
			errors.field("reason", "Say why the stock changes, e.g. a delivery or a count.");
		}
		else if (reason.strip().length() > 200) {
			errors.field("reason", "Keep the reason to 200 characters.");
		}
		return errors;
	}

	boolean counted() {
		return !blank(quantity);
	}

	int newQuantity() {
		return Integer.parseInt(quantity.strip());
	}

	/** The change typed, or null when it is not a whole number other than zero. */
	Integer delta() {
		if (change == null || !change.strip().matches("[+-]?\\d{1,6}")) {
			return null;
		}
		int delta = Integer.parseInt(change.strip());
		return delta == 0 ? null : delta;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
