package org.backcare.shop;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in the currency's minor units (cents for USD); never a floating-point number. */
public record Money(long minor, Currency currency) {

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(minor, other.minor), currency);
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(minor, quantity), currency);
	}

	/**
	 * The tax already included in this tax-inclusive amount, rounded half-up to the minor unit: at 20 %, 1,000
	 * includes 167 (1,000 × 2,000 / 12,000 = 166.67).
	 */
	public Money includedTax(int rateBasisPoints) {
		long numerator = Math.multiplyExact(minor, rateBasisPoints);
		long denominator = 10_000L + rateBasisPoints;
		return new Money((2 * numerator + denominator) / (2 * denominator), currency);
	}

	/** With the currency symbol, e.g. $24.00. */
	public String formatted() {
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(minor, digits));
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
		}
	}

	@Override
	public String toString() {
		return formatted();
	}
}
