package org.backcare.shop;

import java.util.Arrays;
import java.util.Locale;

import org.backcare.platform.FormErrors;

/** A country the shop ships to, as typed: its two-letter ISO code, its name, and whether CBD may go there. */
record DestinationForm(String country, String name, String allowsRestricted) {

	static DestinationForm blank() {
		return new DestinationForm("", "", null);
	}

	FormErrors errors() {
		var errors = FormErrors.none();
		if (code() == null) {
			errors.field("country", "Enter the country's two-letter ISO code, e.g. US or CA.");
		}
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			errors.field("name", "Enter the country's name, up to 80 characters.");
		}
		return errors;
	}

	/** The ISO 3166-1 alpha-2 code in capitals, or null when what was typed isn't one. */
	String code() {
		if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
			return null;
		}
		String code = country.strip().toUpperCase(Locale.ROOT);
		return Arrays.asList(Locale.getISOCountries()).contains(code) ? code : null;
	}

	boolean allows() {
		return "true".equals(allowsRestricted);
	}
}
