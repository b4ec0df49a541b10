package org.backcare.newsletter;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin erases a subscriber who asks for it: the address, its consent records and its place in every send
 * run go (the foreign keys cascade). The audit entry names only the row id, never the address.
 */
@Service
class AdminSubscriberErasure {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AdminSubscriberErasure(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** @return whether there was such a subscriber to erase */
	@Transactional
	boolean erase(long subscriberId, long actorId) {
		int erased = jdbc.sql("delete from newsletter_subscribers where id = :id").param("id", subscriberId).update();
		if (erased == 0) {
			return false;
		}
		audit.record(actorId, "newsletter-subscriber.erased", "newsletter-subscriber:" + subscriberId);
		return true;
	}
}
