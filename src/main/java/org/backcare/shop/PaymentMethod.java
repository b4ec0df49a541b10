package org.backcare.shop;

/** How a customer pays. A card provider would add CARD here with its own {@link PaymentProvider}. */
enum PaymentMethod {

	PAY_ON_PICKUP("Pay on pickup"), BANK_TRANSFER("Bank transfer");

	final String label;

	PaymentMethod(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
