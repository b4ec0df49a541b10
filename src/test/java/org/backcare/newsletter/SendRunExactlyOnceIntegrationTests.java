package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.backcare.BackCareTest;
import org.backcare.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A send run survives losing a node mid-run, and several nodes share one run, with every recipient mailed
 * exactly once: counted by address at the SMTP server.
 */
@BackCareTest
class SendRunExactlyOnceIntegrationTests {

	private static final int SUBSCRIBERS = 300;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource database;

	@Autowired
	SendRuns runs;

	/** This node's bulk mail sender (notifications' BulkDelivery), found by its thread's lifecycle bean name. */
	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("bulkDelivery")
	SmartLifecycle bulkDelivery;

	@Test
	void aRunGoesOnAfterTheNodeSendingItIsStoppedMidRunAndMailsEveryoneExactlyOnce() throws Exception {
		List<String> emails = TestSubscribers.confirmed(jdbc, "killed-run", SUBSCRIBERS);
		bulkDelivery.stop(); // only the second node sends until it is gone
		try {
			long run;
			try (ConfigurableApplicationContext second = SecondNode.start(database)) {
				run = runs.start("test", null).orElseThrow();
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(50))
					.until(() -> sent(run, emails) >= 60);
				second.close(); // mid-run: between two messages, the rest of its batch given back
			}
			int sentByTheSecondNode = sent(run, emails);
			assertThat(sentByTheSecondNode).as("stopped mid-run").isBetween(60, SUBSCRIBERS - 1);

			bulkDelivery.start();
			TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(90));
			assertEveryoneMailedOnce(run, emails);
		}
		finally {
			if (!bulkDelivery.isRunning()) {
				bulkDelivery.start();
			}
		}
	}

	@Test
	void twoNodesSendingTheSameRunAtOnceMailEveryoneExactlyOnce() throws Exception {
		List<String> emails = TestSubscribers.confirmed(jdbc, "two-nodes", SUBSCRIBERS);
		try (ConfigurableApplicationContext second = SecondNode.start(database)) {
			long run = runs.start("test", null).orElseThrow();
			TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(90));
			assertEveryoneMailedOnce(run, emails);
		}
	}

	private void assertEveryoneMailedOnce(long run, List<String> emails) throws InterruptedException {
		Thread.sleep(1000); // room for a duplicate to arrive
		Map<String, Integer> received = TestSubscribers.received(TestMail.server().getReceivedMessages());
		assertThat(emails).allSatisfy(email -> assertThat(received.get(email)).as(email).isEqualTo(1));
		assertThat(TestSubscribers.statuses(jdbc, run, emails)).isEqualTo(Map.of("SENT", SUBSCRIBERS));
		assertThat(jdbc.sql("""
				select count(*) from outbox_messages
				where reference in (select 'newsletter-recipient:' || x.id from newsletter_run_recipients x where x.run_id = ?)
				  and status = 'SENT' and attempts = 1""").param(run).query(Integer.class).single())
			.isGreaterThanOrEqualTo(SUBSCRIBERS);
	}

	private int sent(long run, List<String> emails) {
		return TestSubscribers.statuses(jdbc, run, emails).getOrDefault("SENT", 0);
	}
}
