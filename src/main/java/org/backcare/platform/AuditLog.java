package org.backcare.platform;

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
}
