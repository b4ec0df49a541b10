package org.backcare.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How often the practice sends the digest, for subscribers who follow its schedule. */
@Component
class PracticeCadence {

	private final JdbcClient jdbc;

	PracticeCadence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int everyDays() {
		return jdbc.sql("select every_days from newsletter_schedule").query(Integer.class).single();
	}
}
