package org.backcare.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A scored set of answers.
 *
 * @param value the total (SUM, SUBSCALES) or the mean (MEAN)
 * @param subscales each subscale's sum, by subscale code (empty unless the instrument has subscales)
 * @param category the first category whose thresholds the scores meet, or null (none defined, or none met)
 * @param categoryLabel that category's label, or null
 */
public record InstrumentScore(String code, int version, double value, Map<String, Double> subscales, String category,
		String categoryLabel) {

	public InstrumentScore {
		subscales = Map.copyOf(subscales);
	}

	/** The value as people read it: at most two decimals, no trailing zeros ("4.33", "7"). */
	public String shown() {
		return shown(value);
	}

	public static String shown(double number) {
		return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
