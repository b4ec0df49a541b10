package org.backcare.homecare;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days a client did each item of their home programme: one row per client, item and day. */
@Repository
class Ticks {

	private final JdbcClient jdbc;

	Ticks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Idempotent, also when the same tick arrives many times at once: the primary key keeps one. */
	void add(long clientId, String slug, LocalDate day, Instant at) {
		jdbc.sql("""
				insert into homecare_ticks (client_id, item_slug, day, ticked_at) values (:client, :slug, :day, :at)
				on conflict do nothing""")
			.param("client", clientId)
			.param("slug", slug)
			.param("day", day)
			.param("at", Timestamp.from(at))
			.update();
	}

	void remove(long clientId, String slug, LocalDate day) {
		jdbc.sql("delete from homecare_ticks where client_id = :client and item_slug = :slug and day = :day")
			.param("client", clientId)
			.param("slug", slug)
			.param("day", day)
			.update();
	}

	/** Every day with at least one tick, of any item, assigned now or before. */
	Set<LocalDate> days(long clientId) {
		return new HashSet<>(jdbc.sql("select distinct day from homecare_ticks where client_id = :client")
			.param("client", clientId)
			.query(LocalDate.class)
			.list());
	}

	/** The days each item was ticked from {@code first} to {@code last}, both included. */
	Map<String, Set<LocalDate>> byItem(long clientId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select item_slug, day from homecare_ticks
				where client_id = :client and day between :first and :last""")
			.param("client", clientId)
			.param("first", first)
			.param("last", last)
			.query((row, number) -> Map.entry(row.getString("item_slug"), row.getObject("day", LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
	}
}
