package org.backcare.shop;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The countries the shop ships to, and whether age-restricted products (CBD) may go there. */
@Repository
class Destinations {

	record Destination(String country, String name, boolean allowsRestricted) {
	}

	private final JdbcClient jdbc;

	Destinations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Destination> all() {
		return jdbc.sql("select country, name, allows_restricted from shop_destinations order by name")
			.query(Destination.class)
			.list();
	}

	Optional<Destination> of(String country) {
		return jdbc.sql("select country, name, allows_restricted from shop_destinations where country = :country")
			.param("country", country)
			.query(Destination.class)
			.optional();
	}
}
