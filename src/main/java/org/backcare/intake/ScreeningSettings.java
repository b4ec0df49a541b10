package org.backcare.intake;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The screening's thresholds ({@code backcare.intake.screening.*} in {@link IntakeSettings}; the fact sheet marks
 * them ⚙: sources disagree, so a practice may change them). One bean: the live screening and the plan engine
 * screen with the same values.
 *
 * @param cancerAgeOver S6: new pain that has not improved after 4 weeks over this age needs a physician (2.7, default 50)
 * @param severePain S2: pain at or above this is "severe" for IV drug use or immunosuppression (default 7)
 * @param acuteBeforeWeeks S2: pain younger than this is "new" (the acute class, 1.1, default 4)
 * @param surgeryClearanceWeeks M3: an operation less than this many weeks ago needs the surgeon's clearance (3.6, default 6)
 * @param firstTrimesterLastWeek M7: the last week counted as the first trimester (3.12, default 13)
 * @param postpartumWeeks M9: the raised clot risk after a birth lasts this many weeks (3.16, default 6)
 */
public record ScreeningSettings(@DefaultValue("50") int cancerAgeOver, @DefaultValue("7") int severePain,
		@DefaultValue("4") int acuteBeforeWeeks, @DefaultValue("6") int surgeryClearanceWeeks,
		@DefaultValue("13") int firstTrimesterLastWeek, @DefaultValue("6") int postpartumWeeks) {

	/** The fact sheet's values, for code that runs without Spring (the same as the defaults above). */
	public static ScreeningSettings defaults() {
		return new ScreeningSettings(50, 7, 4, 6, 13, 6);
	}
}
