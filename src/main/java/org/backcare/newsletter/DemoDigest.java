package org.backcare.newsletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's first digest, written the way every run is: a run for the confirmed demo subscribers, composed at once
 * instead of on the job's next tick, so the admin finds a digest run and each reader's digest in the mailbox. The
 * demo has no SMTP server; notifications' demo marks these digests delivered. Only when there is no run yet.
 */
@Component
@Profile("demo")
class DemoDigest {

	private static final Logger log = LoggerFactory.getLogger(DemoDigest.class);

	private final JdbcClient jdbc;

	private final SendRuns runs;

	private final RunComposer composer;

	DemoDigest(JdbcClient jdbc, SendRuns runs, RunComposer composer) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.composer = composer;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(96)
	public void sendFirstDigest() {
		if (jdbc.sql("select exists (select 1 from newsletter_runs)").query(Boolean.class).single()) {
			return;
		}
		runs.start("Dana Whitfield", null).ifPresent(run -> {
			composer.composeDue();
			log.info("Wrote the demo digest run {}", run);
		});
	}
}
