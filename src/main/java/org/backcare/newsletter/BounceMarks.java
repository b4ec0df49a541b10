package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Clock;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks an address as bounced, by hand or from the mail provider's webhook. A bounced subscriber is no longer
 * confirmed, so no run writes them a digest again. Marking twice changes nothing: the first mark and its reason
 * stay, so a provider retrying its webhook is harmless.
 */
@Service
class BounceMarks {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	BounceMarks(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return whether the subscriber was bounced now; false when they already were */
	@Transactional
	boolean mark(long subscriberId, BounceKind kind, String detail, long actorId) {
		int changed = jdbc.sql("""
				update newsletter_subscribers set status = 'BOUNCED', bounced_at = :now, bounce_reason = :reason
				where id = :id and status <> 'BOUNCED'""")
			.param("id", subscriberId)
			.param("now", Timestamp.from(clock.instant()))
			.param("reason", kind.reason(detail))
			.update();
		if (changed == 0) {
			return false;
		}
		audit.record(actorId, "newsletter-subscriber." + kind.name().toLowerCase().replace('_', '-'),
				"newsletter-subscriber:" + subscriberId);
		return true;
	}
}
