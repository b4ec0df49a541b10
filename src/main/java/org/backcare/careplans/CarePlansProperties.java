package org.backcare.careplans;

import org.backcare.intake.ScreeningSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of care plans ({@code backcare.careplans.*}): the preview endpoint's rate limit and the engine's
 * thresholds (defaults from the clinical fact sheet, see {@link CarePlanSettings} and {@link ScreeningSettings}).
 *
 * @param previewRequestsPerMinute how many previews one client IP may ask for per minute
 */
@ConfigurationProperties("backcare.careplans")
record CarePlansProperties(@DefaultValue("120") int previewRequestsPerMinute,
		@DefaultValue("4") int acuteBeforeWeeks, @DefaultValue("12") int chronicAfterWeeks,
		@DefaultValue("13") int proneLastWeek, @DefaultValue("20") int supineFromWeek, @DefaultValue("70") int frailAge,
		@DefaultValue("60") int sessionMinutes, @DefaultValue("4") int acuteWeeks, @DefaultValue("6") int subacuteWeeks,
		@DefaultValue("10") int chronicWeeks, @DefaultValue("50") int cancerAgeOver, @DefaultValue("7") int severePain,
		@DefaultValue("6") int surgeryClearanceWeeks, @DefaultValue("13") int firstTrimesterLastWeek,
		@DefaultValue("6") int postpartumWeeks) {

	CarePlanSettings engine() {
		return new CarePlanSettings(chronicAfterWeeks, proneLastWeek, supineFromWeek, frailAge, sessionMinutes, acuteWeeks,
				subacuteWeeks, chronicWeeks, new ScreeningSettings(cancerAgeOver, severePain, acuteBeforeWeeks,
						surgeryClearanceWeeks, firstTrimesterLastWeek, postpartumWeeks));
	}
}
