package org.backcare.shop;

import org.backcare.platform.FormErrors;

/** The payment received for an order: a bank transfer's reference or the receipt number at pickup. */
record PaymentForm(String paymentReference) {

	static PaymentForm blank() {
		return new PaymentForm("");
	}

	FormErrors errors() {
		var errors = FormErrors.none();
		if (paymentReference == null || paymentReference.isBlank() || paymentReference.strip().length() > 120) {
			errors.field("paymentReference", "Enter the payment's reference, e.g. the bank transfer's reference or the receipt number.");
		}
		return errors;
	}
}
