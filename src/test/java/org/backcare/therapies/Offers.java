package org.backcare.therapies;

import java.util.Currency;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Services for tests, which share one database: only one active service may have a technique and length, so a
 * test first retires whatever another test left active for the pair it uses.
 */
final class Offers {

	static final Currency USD = Currency.getInstance("USD");

	private Offers() {
	}

	static void retire(JdbcClient jdbc, Technique technique, int minutes) {
		jdbc.sql("update services set active = false where technique = :technique and minutes = :minutes and active and not consultation")
			.param("technique", technique.name())
			.param("minutes", minutes)
			.update();
	}

	/** A fresh active service for this technique and length, the only active one. */
	static Service offer(Catalogue catalogue, JdbcClient jdbc, Technique technique, int minutes, long cents, Skill skill,
			String name) {
		retire(jdbc, technique, minutes);
		ServiceId id = catalogue.add(new ServiceDetails(technique, minutes, new Price(cents, USD), skill, true, name, null, false));
		return catalogue.service(id).orElseThrow();
	}

	static Service inactive(Catalogue catalogue, Technique technique, int minutes, long cents, String name) {
		ServiceId id = catalogue.add(new ServiceDetails(technique, minutes, new Price(cents, USD), null, false, name, null, false));
		return catalogue.service(id).orElseThrow();
	}

	static long count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from services").query(Long.class).single();
	}
}
