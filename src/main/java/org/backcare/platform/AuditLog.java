package org.backcare.platform;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trail of clinical record access: every time someone opens or changes a client's consultation, plan,
 * clearance or home programme, one row. Written in the caller's transaction, so a change and its entry land together.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param action what happened, e.g. {@code care-plan.viewed}
	 * @param clientId whose record it is
	 * @param subject which record, e.g. {@code care-plan:12}
	 */
	public void record(long actorId, String action, long clientId, String subject) {
		jdbc.sql("insert into audit_log (actor_id, action, client_id, subject) values (:actor, :action, :client, :subject)")
			.param("actor", actorId)
			.param("action", action)
			.param("client", clientId)
			.param("subject", subject)
			.update();
	}

	/**
	 * A look at many clients' records at once, as counts (the practice outcome report): one row, with no client.
	 *
	 * @param subject what was read, e.g. {@code outcomes:2026-01-01..2026-12-31}
	 */
	public void record(long actorId, String action, String subject) {
		jdbc.sql("insert into audit_log (actor_id, action, subject) values (:actor, :action, :subject)")
			.param("actor", actorId)
			.param("action", action)
			.param("subject", subject)
			.update();
	}

	/** Whose record, and which: one row of a read of many records at once. */
	public record Entry(long clientId, String subject) {
	}

	/** One row per entry, all in one statement (a calendar page shows the plan notes of many clients). */
	public void record(long actorId, String action, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into audit_log (actor_id, action, client_id, subject)
				select :actor, :action, client, subject from unnest(cast(:clients as bigint[]), cast(:subjects as text[])) as e (client, subject)""")
			.param("actor", actorId)
			.param("action", action)
			.param("clients", entries.stream().map(Entry::clientId).toArray(Long[]::new))
			.param("subjects", entries.stream().map(Entry::subject).toArray(String[]::new))
			.update();
	}
}
