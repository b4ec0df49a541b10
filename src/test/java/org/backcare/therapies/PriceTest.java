package org.backcare.therapies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;

import org.junit.jupiter.api.Test;

class PriceTest {

	@Test
	void showsTheAmountWithItsCurrency() {
		assertThat(new Price(90_00, Currency.getInstance("USD")).formatted()).isEqualTo("$90.00");
		assertThat(new Price(1_234_50, Currency.getInstance("EUR")).formatted()).isEqualTo("€1,234.50");
		assertThat(new Price(9_000, Currency.getInstance("JPY")).formatted()).isEqualTo("¥9,000");
		assertThat(new Price(45_00, Currency.getInstance("CAD")).formatted()).isEqualTo("CA$45.00");
	}

	@Test
	void keepsTheAmountAsTypedInAForm() {
		assertThat(new Price(89_50, Currency.getInstance("USD")).plain()).isEqualTo("89.50");
	}

	@Test
	void isNeverZeroOrLess() {
		assertThatThrownBy(() -> new Price(0, Currency.getInstance("USD"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void describesPressureInWords() {
		assertThat(new Pressure(1, 3).words()).isEqualTo("Very light to moderate");
		assertThat(new Pressure(4, 4).words()).isEqualTo("Firm");
		assertThatThrownBy(() -> new Pressure(4, 2)).isInstanceOf(IllegalArgumentException.class);
	}
}
