package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static ShopSettings shipping(long standard, long freeFrom, long express) {
		return new ShopSettings(ZoneId.of("America/Chicago"), LocalTime.of(14, 0), 2, USD, standard, freeFrom, express, 3);
	}

	private static OrderLine line(long price, int rate, int quantity) {
		return new OrderLine("SKU-" + price, "Product", "", new Money(price, USD), rate, quantity);
	}

	@Test
	void includedTaxAtTwentyPercentRoundsHalfUp() {
		assertThat(new Money(1000, USD).includedTax(2000).minor()).isEqualTo(167); // 166.67
		assertThat(new Money(6, USD).includedTax(2000).minor()).isEqualTo(1); // exactly 1.00
		assertThat(new Money(3, USD).includedTax(2000).minor()).isEqualTo(1); // 0.5 rounds up
		assertThat(new Money(2, USD).includedTax(2000).minor()).isEqualTo(0); // 0.33 rounds down
	}

	@Test
	void includedTaxAtEightPointTwoFivePercentRoundsHalfUp() {
		// 2,400 × 825 / 10,825 = 182.91
		assertThat(new Money(2400, USD).includedTax(825).minor()).isEqualTo(183);
		// 10,825 × 825 / 10,825 = 825 exactly
		assertThat(new Money(10825, USD).includedTax(825).minor()).isEqualTo(825);
		assertThat(new Money(0, USD).includedTax(825).minor()).isZero();
	}

	@Test
	void totalsAddTheLinesAndTheirIncludedTaxPerLine() {
		Totals totals = Totals.of(List.of(line(2400, 825, 2), line(1000, 2000, 1), line(999, 0, 3)),
				ShippingMethod.STANDARD, shipping(0, 0, 0));

		assertThat(totals.subtotal().minor()).isEqualTo(4800 + 1000 + 2997);
		assertThat(totals.tax().minor()).isEqualTo(366 + 167); // 4,800 at 8.25 % includes 365.82
		assertThat(totals.shipping().minor()).isZero();
		assertThat(totals.total()).isEqualTo(totals.subtotal());
		assertThat(totals.total().formatted()).isEqualTo("$87.97");
	}

	@Test
	void standardShippingIsFreeFromTheThresholdAndExpressCostsItsPrice() {
		var settings = shipping(595, 5000, 1500);

		assertThat(Totals.of(List.of(line(4999, 0, 1)), ShippingMethod.STANDARD, settings).total().minor()).isEqualTo(4999 + 595);
		assertThat(Totals.of(List.of(line(5000, 0, 1)), ShippingMethod.STANDARD, settings).total().minor()).isEqualTo(5000);
		assertThat(Totals.of(List.of(line(5000, 0, 1)), ShippingMethod.EXPRESS, settings).total().minor()).isEqualTo(6500);
		assertThat(ShippingMethod.EXPRESS.offered(shipping(0, 0, 0))).isFalse();
	}

	@Test
	void refusesToAddDifferentCurrencies() {
		assertThatThrownBy(() -> new Money(100, USD).plus(new Money(100, EUR)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("EUR");
		var euroLine = new OrderLine("SKU-E", "Product", "", new Money(100, EUR), 0, 1);
		assertThatThrownBy(() -> Totals.of(List.of(euroLine), ShippingMethod.STANDARD, shipping(0, 0, 0)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
