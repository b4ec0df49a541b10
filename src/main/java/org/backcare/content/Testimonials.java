package org.backcare.content;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clients' testimonials that the practice approved, for the home page and the newsletter: only what may be
 * published, with the name as the client chose to show it. A withdrawn or rejected one is never returned.
 */
@Component
public class Testimonials {

	/** One published testimonial: its words and the name to show under them. */
	public record Published(long id, String text, String displayName, Instant approvedAt) {
	}

	private final JdbcClient jdbc;

	Testimonials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The most recently approved first, at most {@code limit}. */
	public List<Published> approved(int limit) {
		return jdbc.sql("""
				select id, body, display_name, decided_at from content_testimonials
				where status = 'APPROVED' order by decided_at desc, id desc limit :limit""")
			.param("limit", Math.max(0, limit))
			.query((row, n) -> new Published(row.getLong("id"), row.getString("body"), row.getString("display_name"),
					row.getTimestamp("decided_at").toInstant()))
			.list();
	}
}
