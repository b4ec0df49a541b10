package org.backcare.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A recent birth.
 *
 * @param deliveryDate the day the baby was born
 * @param caesarean whether the birth was by caesarean section
 */
public record Postpartum(LocalDate deliveryDate, boolean caesarean) {

	public Postpartum {
		if (deliveryDate == null) {
			throw new IllegalArgumentException("A delivery date is needed");
		}
	}

	public long daysSinceDeliveryOn(LocalDate day) {
		return ChronoUnit.DAYS.between(deliveryDate, day);
	}
}
