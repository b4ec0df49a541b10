package org.backcare.notifications;

import java.util.List;

import org.backcare.platform.MailOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo runs without an SMTP server, so its mail stays in the outbox. Its first newsletter digests (written just
 * before, see the newsletter's demo) are shown as delivered: marked sent with the outcome the bulk sender would
 * report, so the run reads as a sent digest. Later runs in the demo wait in the outbox like all its mail.
 */
@Component
@Profile("demo")
class DemoDigestDelivery {

	private static final Logger log = LoggerFactory.getLogger(DemoDigestDelivery.class);

	private final JdbcClient jdbc;

	private final BulkQueue queue;

	private final ApplicationEventPublisher events;

	DemoDigestDelivery(JdbcClient jdbc, BulkQueue queue, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(97)
	@Transactional
	public void deliverFirstDigests() {
		// Only while no bulk mail was ever sent: a restarted demo leaves its outbox as it is.
		if (jdbc.sql("select exists (select 1 from outbox_messages where lane = 'BULK' and status <> 'PENDING')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		List<Pending> pending = jdbc.sql("select id, reference from outbox_messages where lane = 'BULK' and status = 'PENDING'")
			.query((row, n) -> new Pending(row.getLong("id"), row.getString("reference")))
			.list();
		for (Pending message : pending) {
			if (queue.sent(message.id()) && message.reference() != null) {
				events.publishEvent(new MailOutcome(message.reference(), MailOutcome.Kind.SENT, null));
			}
		}
		log.info("Marked {} demo digests delivered", pending.size());
	}

	private record Pending(long id, String reference) {
	}
}
