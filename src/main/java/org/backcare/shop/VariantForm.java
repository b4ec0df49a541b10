package org.backcare.shop;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.backcare.platform.FormErrors;
import org.backcare.shop.ProductRange.VariantDetails;

/**
 * What the admin's variant form sends, as typed: the price in dollars (24.00) and the tax rate in per cent (8.25),
 * stored in minor units and basis points. The SKU and the first stock are given only when a variant is added.
 */
record VariantForm(String sku, String label, String size, String firmness, String price, String taxRate,
		String lowStockAt, String stock, String active) {

	static final List<String> FIRMNESS = List.of("SOFT", "MEDIUM", "FIRM");

	static final BigDecimal HIGHEST_PRICE = new BigDecimal("100000");

	static VariantForm blank(int lowStockAt) {
		return new VariantForm("", "", "", "", "", "0", String.valueOf(lowStockAt), "0", "true");
	}

	static VariantForm of(ProductRange.Variant variant) {
		VariantDetails details = variant.details();
		return new VariantForm(variant.sku(), details.label(), details.size() == null ? "" : details.size(),
				details.firmness() == null ? "" : details.firmness(), BigDecimal.valueOf(variant.price().minor(),
						Math.max(variant.price().currency().getDefaultFractionDigits(), 0)).toPlainString(),
				BigDecimal.valueOf(details.taxRateBp(), 2).stripTrailingZeros().toPlainString(),
				String.valueOf(details.lowStockAt()), String.valueOf(variant.stock()), details.active() ? "true" : null);
	}

	FormErrors errors(Currency currency, boolean adding) {
		var errors = FormErrors.none();
		if (adding && (blank(sku) || !sku.strip().matches("[A-Z0-9]+(-[A-Z0-9]+)*") || sku.strip().length() > 40)) {
			errors.field("sku", "Use capital letters, digits and single hyphens, up to 40 characters, e.g. FR-SMOOTH-90.");
		}
		if (label != null && label.strip().length() > 80) {
			errors.field("label", "Keep the label to 80 characters.");
		}
		if (size != null && size.strip().length() > 40) {
			errors.field("size", "Keep the size to 40 characters.");
		}
		if (!blank(firmness) && !FIRMNESS.contains(firmness)) {
			errors.field("firmness", "Choose soft, medium, firm, or none.");
		}
		String priceProblem = priceProblem(currency);
		if (priceProblem != null) {
			errors.field("price", priceProblem);
		}
		BigDecimal rate = decimal(taxRate);
		if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.stripTrailingZeros().scale() > 2) {
			errors.field("taxRate", "Enter the tax rate included in the price in per cent, from 0 to 100, e.g. 8.25.");
		}
		if (whole(lowStockAt, 0, 10_000) == null) {
			errors.field("lowStockAt", "Enter a whole number of units from 0 to 10,000.");
		}
		if (adding && whole(stock, 0, StockLedger.MOST) == null) {
			errors.field("stock", "Enter the units in stock now, from 0 to " + StockLedger.MOST + ".");
		}
		return errors;
	}

	/** Only for a form without {@link #errors}. */
	VariantDetails details(Currency currency) {
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		return new VariantDetails(label == null ? "" : label.strip(), blank(size) ? null : size.strip(),
				blank(firmness) ? null : firmness, decimal(price).movePointRight(digits).longValueExact(),
				decimal(taxRate).movePointRight(2).intValueExact(), whole(lowStockAt, 0, 10_000), "true".equals(active));
	}

	String cleanSku() {
		return sku.strip();
	}

	int firstStock() {
		return whole(stock, 0, StockLedger.MOST);
	}

	private String priceProblem(Currency currency) {
		BigDecimal amount = decimal(price);
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		if (amount == null) {
			return "Enter the price as a number, e.g. 24.00.";
		}
		if (amount.signum() <= 0) {
			return "Enter a price above zero.";
		}
		if (amount.compareTo(HIGHEST_PRICE) >= 0) {
			return "Enter a price below 100,000.";
		}
		if (amount.stripTrailingZeros().scale() > digits) {
			return digits == 0 ? "Enter a whole amount, without decimals." : "Use at most " + digits + " decimal places.";
		}
		return null;
	}

	static Integer whole(String value, int least, int most) {
		if (value == null || !value.strip().matches("\\d{1,9}")) {
			return null;
		}
		int number = Integer.parseInt(value.strip());
		return number < least || number > most ? null : number;
	}

	private static BigDecimal decimal(String value) {
		if (value == null || !value.strip().matches("\\d{1,9}(\\.\\d{1,9})?")) {
			return null;
		}
		return new BigDecimal(value.strip());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
