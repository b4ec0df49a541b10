package org.backcare.sessions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated corrections to signed notes: who, when, what. Only ever added (the database refuses changes). */
@Repository
class Addenda {

	static final int LIMIT = 4000;

	record Addendum(long id, long authorId, String text, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	Addenda(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Addendum add(long bookingId, long authorId, String text, Instant at) {
		long id = jdbc.sql("""
				insert into session_addenda (booking_id, author_id, text, created_at) values (:booking, :author, :text, :at)
				returning id""")
			.param("booking", bookingId)
			.param("author", authorId)
			.param("text", text)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new Addendum(id, authorId, text, at);
	}

	/** The note's addenda, oldest first. */
	List<Addendum> of(long bookingId) {
		return jdbc.sql("select id, author_id, text, created_at from session_addenda where booking_id = :booking order by created_at, id")
			.param("booking", bookingId)
			.query((rs, n) -> new Addendum(rs.getLong("id"), rs.getLong("author_id"), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}
}
