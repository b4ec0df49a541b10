package org.backcare.shop;

import org.backcare.platform.FormErrors;

/** How an order left: the carrier and the tracking number the customer follows it by. */
record ShipmentForm(String carrier, String trackingNumber) {

	static ShipmentForm blank() {
		return new ShipmentForm("", "");
	}

	FormErrors errors() {
		var errors = FormErrors.none();
		if (carrier == null || carrier.isBlank() || carrier.strip().length() > 60) {
			errors.field("carrier", "Enter the carrier, e.g. USPS or UPS.");
		}
		if (trackingNumber == null || !trackingNumber.strip().matches("[A-Za-z0-9][A-Za-z0-9 -]{3,79}")) {
			errors.field("trackingNumber", "Enter the tracking number as the carrier gives it: letters, digits, spaces or hyphens.");
		}
		return errors;
	}
}
