package org.backcare.careplans;

import org.backcare.intake.ScreeningSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of care plans ({@code backcare.careplans.*}): the preview endpoint's rate limit and the engine's
 * thresholds (defaults from the clinical fact sheet, see {@link CarePlanSettings}); the screening's thresholds are
 * intake's {@link ScreeningSettings}.
 *
 * @param previewRequestsPerMinute how many previews one client IP may ask for per minute
 */
@ConfigurationProperties("backcare.careplans")
record CarePlansProperties(@DefaultValue("120") int previewRequestsPerMinute,
		@DefaultValue("12") int chronicAfterWeeks,
		@DefaultValue("13") int proneLastWeek, @DefaultValue("20") int supineFromWeek, @DefaultValue("70") int frailAge,
		@DefaultValue("60") int sessionMinutes, @DefaultValue("4") int acuteWeeks, @DefaultValue("6") int subacuteWeeks,
		@DefaultValue("10") int chronicWeeks) {

	/** The engine's settings, screening with the same thresholds as the live screening of the consultation. */
	CarePlanSettings engine(ScreeningSettings screening) {
		return new CarePlanSettings(chronicAfterWeeks, proneLastWeek, supineFromWeek, frailAge, sessionMinutes, acuteWeeks,
				subacuteWeeks, chronicWeeks, screening);
	}
}
