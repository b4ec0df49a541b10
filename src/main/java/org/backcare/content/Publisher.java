package org.backcare.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts articles out for readers, now or at a set time, and takes them down again. */
@Component
class Publisher {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Publisher(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Out now. An article that was out before keeps its first publication date (readers saw it then); a draft or a
	 * scheduled one is dated now. False when there is no such article.
	 */
	@Transactional
	boolean publishNow(long id, long actorId) {
		boolean found = jdbc.sql("""
				update content_articles
				set published_at = case when published_at <= :now then published_at else :now end, unpublished_at = null
				where id = :id""").param("id", id).param("now", Timestamp.from(clock.instant())).update() == 1;
		if (found) {
			audit.record(actorId, "article.published", "article:" + id);
		}
		return found;
	}

	/** Out at a time ahead; a time already passed is a programming error (the form checks it first). */
	@Transactional
	boolean schedule(long id, Instant at, long actorId) {
		if (!at.isAfter(clock.instant())) {
			throw new IllegalArgumentException("A schedule needs a time ahead, not " + at);
		}
		boolean found = jdbc.sql("update content_articles set published_at = :at, unpublished_at = null where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update() == 1;
		if (found) {
			audit.record(actorId, "article.scheduled", "article:" + id + " at:" + at);
		}
		return found;
	}

	/** Taken down now; a scheduled article goes back to being a draft instead (nobody has read it yet). */
	@Transactional
	boolean unpublish(long id, long actorId) {
		boolean found = jdbc.sql("""
				update content_articles
				set published_at = case when published_at > :now then null else published_at end,
				    unpublished_at = case when published_at <= :now then cast(:now as timestamptz) end
				where id = :id""").param("id", id).param("now", Timestamp.from(clock.instant())).update() == 1;
		if (found) {
			audit.record(actorId, "article.unpublished", "article:" + id);
		}
		return found;
	}
}
