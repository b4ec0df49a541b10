package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the digests of running send runs, keeping at most {@code queueAhead} of a run in the outbox so a pause
 * takes effect soon. Each batch is one transaction: claim recipients (SKIP LOCKED, so any number of nodes can
 * share the work), write their digests, put them in the outbox (DigestComposed), mark them queued and the
 * subscribers' last digest. A crash mid-batch rolls all of it back and the batch is written again later; the
 * outbox's unique reference per recipient would refuse a second copy.
 */
@Component
class RunComposer {

	static final String REFERENCE = "newsletter-recipient:";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DigestComposer composer;

	private final ApplicationEventPublisher events;

	private final SendRuns runs;

	private final NewsletterSettings settings;

	private final Clock clock;

	RunComposer(JdbcClient jdbc, TransactionTemplate transactions, DigestComposer composer,
			ApplicationEventPublisher events, SendRuns runs, NewsletterSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.composer = composer;
		this.events = events;
		this.runs = runs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${backcare.newsletter.compose-poll:1s}",
			fixedDelayString = "${backcare.newsletter.compose-poll:1s}")
	void composeDue() {
		while (Boolean.TRUE.equals(transactions.execute(status -> composeBatch()))) {
			// one transaction per batch, until every running run has its queue full or nothing left to write
		}
		runs.finishDone();
	}

	/** @return whether a batch was written */
	private boolean composeBatch() {
		List<Long> running = jdbc.sql("select id from newsletter_runs where status = 'RUNNING' order by id")
			.query(Long.class)
			.list();
		for (long run : running) {
			int room = settings.queueAhead() - queued(run);
			if (room > 0 && compose(run, Math.min(room, settings.composeBatch()))) {
				return true;
			}
		}
		return false;
	}

	private boolean compose(long run, int limit) {
		Map<Long, Long> recipientOf = new HashMap<>();
		List<Subscriber> confirmed = new ArrayList<>();
		List<Long> skipped = new ArrayList<>();
		jdbc.sql("select x.id as recipient_id, " + Subscribers.COLUMNS + """
				 from newsletter_run_recipients x join newsletter_subscribers s on s.id = x.subscriber_id
				where x.run_id = :run and x.status = 'PENDING'
				order by x.id limit :limit for update of x skip locked""")
			.param("run", run)
			.param("limit", limit)
			.query(row -> {
				Subscriber subscriber = Subscribers.subscriber(row);
				if (subscriber.status() == SubscriberStatus.CONFIRMED) {
					recipientOf.put(subscriber.id(), row.getLong("recipient_id"));
					confirmed.add(subscriber);
				}
				else {
					skipped.add(row.getLong("recipient_id"));
				}
			});
		if (confirmed.isEmpty() && skipped.isEmpty()) {
			return false;
		}
		Instant now = clock.instant();
		List<Long> queued = new ArrayList<>();
		for (Digest digest : composer.compose(confirmed, now)) {
			long recipient = recipientOf.get(digest.subscriberId());
			events.publishEvent(new DigestComposed(REFERENCE + recipient, digest.to(), digest.subject(), digest.text(),
					digest.html(), digest.unsubscribeUrl()));
			queued.add(recipient);
		}
		mark(skipped, "SKIPPED", "finished_at", now);
		mark(queued, "QUEUED", "queued_at", now);
		jdbc.sql("update newsletter_subscribers set last_digest_at = :now where id = any(:ids)")
			.param("now", Timestamp.from(now))
			.param("ids", recipientOf.keySet().toArray(Long[]::new))
			.update();
		return true;
	}

	private void mark(List<Long> recipients, String status, String when, Instant now) {
		if (!recipients.isEmpty()) {
			jdbc.sql("update newsletter_run_recipients set status = :status, " + when + " = :now where id = any(:ids)")
				.param("status", status)
				.param("now", Timestamp.from(now))
				.param("ids", recipients.toArray(Long[]::new))
				.update();
		}
	}

	private int queued(long run) {
		return jdbc.sql("select count(*) from newsletter_run_recipients where run_id = :run and status = 'QUEUED'")
			.param("run", run)
			.query(Integer.class)
			.single();
	}
}
