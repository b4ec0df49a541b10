package org.backcare.intake;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Configuration of intake ({@code backcare.intake.*}).
 *
 * @param instrumentsDir a directory whose {@code *.json} instrument definitions are loaded at start-up when their
 * code and version are not loaded yet; unset (the default): none
 * @param screening the screening's thresholds ({@code backcare.intake.screening.*})
 */
@ConfigurationProperties("backcare.intake")
record IntakeSettings(Path instrumentsDir, @DefaultValue ScreeningSettings screening) {

	/** The screening's thresholds as a bean of their own: the plan engine screens with the same ones. */
	@Configuration(proxyBeanMethods = false)
	static class Screening {

		@Bean
		ScreeningSettings screeningSettings(IntakeSettings settings) {
			return settings.screening();
		}
	}
}
