package org.backcare.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tip library: what the admin pages list and change, and what digests choose from. */
@Repository
class Tips {

	private static final String COLUMNS = "id, slug, title, body, audience, rule_ids, position, retired_at";

	private final JdbcClient jdbc;

	Tips(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every tip, retired ones too, in the order digests send them. */
	List<Tip> all() {
		return jdbc.sql("select " + COLUMNS + " from newsletter_tips order by position, id").query((row, n) -> tip(row)).list();
	}

	/** The tips digests send, in order. */
	List<Tip> inCycle() {
		return jdbc.sql("select " + COLUMNS + " from newsletter_tips where retired_at is null order by position, id")
			.query((row, n) -> tip(row))
			.list();
	}

	Optional<Tip> withId(long id) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_tips where id = :id").param("id", id)
			.query((row, n) -> tip(row))
			.optional();
	}

	/**
	 * Adds a tip at the end of the cycle, unless one with this slug exists (then nothing changes).
	 *
	 * @return whether it was added
	 */
	boolean addIfNew(String slug, TipText text) {
		return jdbc.sql("""
				insert into newsletter_tips (slug, title, body, audience, rule_ids, position)
				values (:slug, :title, :body, :audience, :rules,
				        (select coalesce(max(position), 0) + 1 from newsletter_tips))
				on conflict (slug) do nothing""")
			.param("slug", slug)
			.param("title", text.title())
			.param("body", text.body())
			.param("audience", text.audience() == null ? null : text.audience().name())
			.param("rules", text.ruleIds().isBlank() ? null : text.ruleIds())
			.update() == 1;
	}

	/** Changes what a tip says and its place; the slug stays. */
	boolean change(long id, TipText text, int position, Instant now) {
		return jdbc.sql("""
				update newsletter_tips set title = :title, body = :body, audience = :audience, rule_ids = :rules,
				       position = :position, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("title", text.title())
			.param("body", text.body())
			.param("audience", text.audience() == null ? null : text.audience().name())
			.param("rules", text.ruleIds().isBlank() ? null : text.ruleIds())
			.param("position", position)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Takes a tip out of the cycle (at) or puts it back (null). */
	boolean retire(long id, Instant at) {
		return jdbc.sql("update newsletter_tips set retired_at = :at, updated_at = now() where id = :id")
			.param("id", id)
			.param("at", at == null ? null : Timestamp.from(at))
			.update() == 1;
	}

	private static Tip tip(ResultSet row) throws SQLException {
		String audience = row.getString("audience");
		Timestamp retired = row.getTimestamp("retired_at");
		return new Tip(row.getLong("id"), row.getString("slug"), row.getString("title"), row.getString("body"),
				audience == null ? null : Interest.valueOf(audience),
				row.getString("rule_ids") == null ? "" : row.getString("rule_ids"), row.getInt("position"),
				retired == null ? null : retired.toInstant());
	}
}
