package org.backcare.notifications;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's bulk lane. A sender leases a batch (claimed_until) in a statement of its own, committed at once,
 * so it holds no row lock while it talks to the SMTP server; other nodes skip leased rows until the lease ends.
 * Each message is then settled in a short transaction of its own.
 */
@Repository
class BulkQueue {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	BulkQueue(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/** The oldest due bulk messages nobody holds, now held by the caller for {@code lease}; oldest first. */
	List<Outbox.Entry> lease(int batchSize, Duration lease) {
		return jdbc.sql("""
				update outbox_messages set claimed_until = now() + :seconds * interval '1 second'
				where id in (select id from outbox_messages
				             where status = 'PENDING' and lane = 'BULK' and next_attempt_at <= now()
				               and (claimed_until is null or claimed_until < now())
				             order by id limit :batch for update skip locked)
				returning *, false as scheduled""")
			.param("seconds", lease.toSeconds())
			.param("batch", batchSize)
			.query(outbox::entry)
			.list()
			.stream()
			.sorted(Comparator.comparingLong(Outbox.Entry::id))
			.toList();
	}

	/** @return whether this call marked it (false: it was settled already) */
	boolean sent(long id) {
		return jdbc.sql("""
				update outbox_messages set status = 'SENT', attempts = attempts + 1, sent_at = now(), claimed_until = null
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.update() == 1;
	}

	boolean failed(long id, String error) {
		return jdbc.sql("""
				update outbox_messages set status = 'FAILED', attempts = attempts + 1, last_error = :error,
				claimed_until = null
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.param("error", Outbox.truncated(error))
			.update() == 1;
	}

	void retryIn(long id, Duration delay, String error) {
		jdbc.sql("""
				update outbox_messages set attempts = attempts + 1, last_error = :error, claimed_until = null,
				next_attempt_at = now() + :seconds * interval '1 second'
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.param("error", Outbox.truncated(error))
			.param("seconds", delay.toSeconds())
			.update();
	}

	/** Gives leased messages back unsent, to be tried again after {@code delay}: nothing counts as an attempt. */
	void release(List<Long> ids, Duration delay) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update outbox_messages set claimed_until = null,
				next_attempt_at = greatest(next_attempt_at, now() + :seconds * interval '1 second')
				where id = any(:ids) and status = 'PENDING'""")
			.param("ids", ids.toArray(Long[]::new))
			.param("seconds", delay.toSeconds())
			.update();
	}
}
