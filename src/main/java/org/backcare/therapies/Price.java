package org.backcare.therapies;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount of money in the currency's minor units (cents for USD), always more than zero. */
public record Price(long minorUnits, Currency currency) {

	public Price {
		if (minorUnits <= 0) {
			throw new IllegalArgumentException("A price is more than zero: " + minorUnits);
		}
	}

	public BigDecimal amount() {
		return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
	}

	/** With the currency symbol, e.g. $90.00, €90.00, CA$90.00 (unambiguous for US readers). */
	public String formatted() {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
		format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
		return format.format(amount());
	}

	/** The amount as typed in a form, e.g. 90.00. */
	public String plain() {
		return amount().toPlainString();
	}

	@Override
	public String toString() {
		return formatted();
	}
}
