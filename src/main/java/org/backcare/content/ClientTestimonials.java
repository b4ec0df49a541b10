package org.backcare.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Testimonials as stored; the database allows a client one in play (waiting or published) at a time. */
@Repository
class ClientTestimonials {

	private static final String SELECT = """
			select id, account_id, body, name_shown, display_name, consent_wording, consent_version, consented_at,
			       status, submitted_at, decided_at
			from content_testimonials
			""";

	private final JdbcClient jdbc;

	ClientTestimonials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the client has one in play already */
	long add(long accountId, String body, NameShown nameShown, String displayName, Instant at) {
		return jdbc.sql("""
				insert into content_testimonials (account_id, body, name_shown, display_name, consent_wording,
				                                  consent_version, consented_at, submitted_at)
				values (:account, :body, :shown, :display, :wording, :version, :at, :at) returning id""")
			.param("account", accountId)
			.param("body", body)
			.param("shown", nameShown.name())
			.param("display", displayName)
			.param("wording", TestimonialConsent.WORDING)
			.param("version", TestimonialConsent.VERSION)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Testimonial> withId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(ClientTestimonials::testimonial).optional();
	}

	/** The client's most recent testimonial, whatever its status. */
	Optional<Testimonial> latestOf(long accountId) {
		return jdbc.sql(SELECT + "where account_id = :account order by submitted_at desc, id desc limit 1")
			.param("account", accountId)
			.query(ClientTestimonials::testimonial)
			.optional();
	}

	/** Waiting ones oldest first; every other status newest first. */
	List<Testimonial> withStatus(TestimonialStatus status, int limit) {
		String order = status == TestimonialStatus.PENDING ? "submitted_at, id" : "coalesce(decided_at, submitted_at) desc, id desc";
		return jdbc.sql(SELECT + "where status = :status" + " order by " + order + " limit :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query(ClientTestimonials::testimonial)
			.list();
	}

	int countWithStatus(TestimonialStatus status) {
		return jdbc.sql("select count(*) from content_testimonials where status = :status")
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	/** Moves it on only if it is still where the actor saw it; {@code by} is the admin or the client. */
	boolean move(long id, TestimonialStatus from, TestimonialStatus to, long by, Instant at) {
		return jdbc.sql("""
				update content_testimonials set status = :to, decided_at = :at, decided_by = :by
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	private static Testimonial testimonial(ResultSet row, int number) throws SQLException {
		Timestamp decided = row.getTimestamp("decided_at");
		return new Testimonial(row.getLong("id"), row.getObject("account_id", Long.class), row.getString("body"),
				NameShown.valueOf(row.getString("name_shown")), row.getString("display_name"),
				row.getString("consent_wording"), row.getString("consent_version"),
				row.getTimestamp("consented_at").toInstant(), TestimonialStatus.valueOf(row.getString("status")),
				row.getTimestamp("submitted_at").toInstant(), decided == null ? null : decided.toInstant());
	}
}
