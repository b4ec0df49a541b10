package org.backcare.careplans;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One engine for the whole application, so the pages and the JSON API propose the same plans. */
@Configuration(proxyBeanMethods = false)
class CarePlansConfiguration {

	@Bean
	PlanEngine planEngine(CarePlansProperties properties) {
		return new PlanEngine(properties.engine());
	}
}
