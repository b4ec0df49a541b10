package org.backcare.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class Infrastructure {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
