package org.backcare.careplans;

import org.backcare.intake.ScreeningSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One engine for the whole application, so the pages and the JSON API propose the same plans. */
@Configuration(proxyBeanMethods = false)
class CarePlansConfiguration {

	@Bean
	PlanEngine planEngine(CarePlansProperties properties, ScreeningSettings screening) {
		return new PlanEngine(properties.engine(screening));
	}
}
