package org.backcare.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How long the pain has lasted (fact sheet 1.1; the cut-offs are configurable because sources disagree, 1.2). */
public enum PainClass {

	ACUTE, SUBACUTE, CHRONIC;

	/**
	 * @param acuteBeforeWeeks pain younger than this many weeks is acute (default 4)
	 * @param chronicAfterWeeks pain older than this many weeks is chronic (default 12)
	 */
	public static PainClass of(LocalDate onset, LocalDate assessedOn, int acuteBeforeWeeks, int chronicAfterWeeks) {
		long days = ChronoUnit.DAYS.between(onset, assessedOn);
		if (days < acuteBeforeWeeks * 7L) {
			return ACUTE;
		}
		return days > chronicAfterWeeks * 7L ? CHRONIC : SUBACUTE;
	}
}
