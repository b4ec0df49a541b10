package org.backcare.shop;

/** Standard shipping (free from a threshold, free always in the demo) or paid express when it is offered. */
enum ShippingMethod {

	STANDARD("Standard shipping"), EXPRESS("Express shipping");

	final String label;

	ShippingMethod(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** What this method costs for an order of {@code subtotal}, as configured. */
	Money price(Money subtotal, ShopSettings settings) {
		if (this == EXPRESS) {
			return new Money(settings.expressShippingMinor(), subtotal.currency());
		}
		boolean free = settings.freeShippingFromMinor() == 0 || subtotal.minor() >= settings.freeShippingFromMinor();
		return new Money(free ? 0 : settings.standardShippingMinor(), subtotal.currency());
	}

	boolean offered(ShopSettings settings) {
		return this == STANDARD || settings.expressShippingMinor() > 0;
	}
}
