package org.backcare.newsletter;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One page of a run's recipients, for the admin. */
@Repository
class RunRecipients {

	/** A recipient as the run page lists them. */
	record Row(long id, String email, RecipientStatus status, Instant queuedAt, Instant finishedAt, String error) {
	}

	private final JdbcClient jdbc;

	RunRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** In the order they were chosen; {@code status} null for all. */
	List<Row> page(long run, RecipientStatus status, long offset, int limit) {
		return jdbc.sql("""
				select x.id, s.email, x.status, x.queued_at, x.finished_at, x.error
				from newsletter_run_recipients x join newsletter_subscribers s on s.id = x.subscriber_id
				where x.run_id = :run and (cast(:status as text) is null or x.status = :status)
				order by x.id offset :offset limit :limit""")
			.param("run", run)
			.param("status", status == null ? null : status.name())
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new Row(row.getLong("id"), row.getString("email"),
					RecipientStatus.valueOf(row.getString("status")), SendRuns.instant(row, "queued_at"),
					SendRuns.instant(row, "finished_at"), row.getString("error")))
			.list();
	}
}
