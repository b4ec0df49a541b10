package org.backcare.newsletter;

import org.backcare.platform.MailOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each recipient of a run in step with what delivery reported, in the transaction that records it: sent,
 * failed, or refused for good, which also marks the subscriber bounced so no more mail goes to the address.
 */
@Component
class RecipientOutcomes {

	private final JdbcClient jdbc;

	RecipientOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(MailOutcome outcome) {
		if (!outcome.reference().startsWith(RunComposer.REFERENCE)) {
			return;
		}
		long recipient = Long.parseLong(outcome.reference().substring(RunComposer.REFERENCE.length()));
		boolean sent = outcome.kind() == MailOutcome.Kind.SENT;
		jdbc.sql("""
				update newsletter_run_recipients set status = :status, finished_at = now(), error = :error
				where id = :id and status = 'QUEUED'""")
			.param("status", sent ? "SENT" : "FAILED")
			.param("error", shortened(outcome.detail(), 2000))
			.param("id", recipient)
			.update();
		if (outcome.kind() == MailOutcome.Kind.REJECTED) {
			jdbc.sql("""
					update newsletter_subscribers set status = 'BOUNCED', bounced_at = now(), bounce_reason = :reason
					where id = (select subscriber_id from newsletter_run_recipients where id = :id)
					  and status in ('PENDING', 'CONFIRMED')""")
				.param("reason", shortened(outcome.detail() == null ? "Refused by the receiving server" : outcome.detail(), 500))
				.param("id", recipient)
				.update();
		}
	}

	private static String shortened(String text, int most) {
		return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}
}
