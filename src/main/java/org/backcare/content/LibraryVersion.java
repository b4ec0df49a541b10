package org.backcare.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the published library last changed (a publication, an edit, a take-down), in epoch seconds. Every article
 * page lists related articles, so its ETag and cached copy depend on it. Reading it takes a scan of all articles,
 * so it is read at most once a second: a page may show the old related articles for that second, never more.
 * (An index would make it cheap, but a migration numbered below ones already applied would stop existing
 * databases from starting.)
 */
@Component
class LibraryVersion {

	private static final long FRESH_FOR_MILLIS = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Known known = new Known(0, Long.MIN_VALUE);

	LibraryVersion(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long now() {
		Instant now = clock.instant();
		Known last = known;
		if (now.toEpochMilli() - last.readAt() < FRESH_FOR_MILLIS) {
			return last.version();
		}
		long version = jdbc.sql("""
				select coalesce(extract(epoch from greatest(max(published_at) filter (where published_at <= :now),
				    max(updated_at) filter (where published_at <= :now), max(unpublished_at))), 0)::bigint
				from content_articles""")
			.param("now", Timestamp.from(now))
			.query(Long.class).single();
		known = new Known(version, now.toEpochMilli());
		return version;
	}

	private record Known(long version, long readAt) {
	}
}
