package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@BackCareTest
class MailDeliveryIntegrationTests {

	private static final int MESSAGES = 40;

	private static final int JOBS = 4;

	@Autowired
	Outbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailSettings settings;

	@Test
	void retriesAMessageTheServerRefusedAfterThirtySecondsAndThenDeliversIt() {
		String email = TestData.email("retry");
		long id;
		// GreenMail can be restarted on the same port, but it forgets every message it had received.
		TestMail.server().stop();
		try {
			id = outbox.add(new Message(email, "Worth the wait", "Delivered on the second try.", null, Map.of()));

			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entry(id).attempts()).isPositive());
			var failed = entry(id);
			assertThat(failed.status()).isEqualTo(Outbox.Status.PENDING);
			assertThat(failed.attempts()).isEqualTo(1);
			assertThat(failed.lastError()).isNotBlank();
			assertThat(failed.sentAt()).isNull();
			assertThat(secondsUntilNextAttempt(id)).isBetween(25.0, 30.0);
		}
		finally {
			TestMail.server().start();
		}

		jdbc.sql("update outbox_messages set next_attempt_at = now() where id = ?").param(id).update();

		assertThat(TestMail.awaitMessages(email, 1)).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var sent = entry(id);
			assertThat(sent.status()).isEqualTo(Outbox.Status.SENT);
			assertThat(sent.attempts()).isEqualTo(2);
			assertThat(sent.sentAt()).isNotNull();
		});
	}

	@Test
	void givesUpOnAMessageWhenItsLastAllowedAttemptFails() {
		int lastAttempt = settings.maxAttempts();
		long id;
		TestMail.server().stop();
		try {
			id = transactions.execute(status -> {
				long added = outbox.add(new Message(TestData.email("give-up"), "Last try", "Never arrives.", null, Map.of()));
				jdbc.sql("update outbox_messages set attempts = ? where id = ?").params(lastAttempt - 1, added).update();
				return added;
			});

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(entry(id).status()).isEqualTo(Outbox.Status.FAILED));
		}
		finally {
			TestMail.server().start();
		}
		var failed = entry(id);
		assertThat(failed.attempts()).isEqualTo(lastAttempt);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.sentAt()).isNull();
	}

	@Test
	void givesUpAtOnceOnAnAddressThatCannotBeParsed() {
		long id = outbox.add(new Message("not an address", "Nowhere to go", "Never sent.", null, Map.of()));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(entry(id).status()).isEqualTo(Outbox.Status.FAILED));
		var failed = entry(id);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.sentAt()).isNull();
	}

	@Test
	void deliversEachMessageExactlyOnceWhenSeveralJobsRunAtOnce() throws Exception {
		String email = TestData.email("exactly-once");
		List<String> subjects = IntStream.rangeClosed(1, MESSAGES).mapToObj(n -> "Message " + n).toList();
		// One transaction, so every message becomes due at the same moment.
		transactions.executeWithoutResult(status -> subjects
			.forEach(subject -> outbox.add(new Message(email, subject, "Body of " + subject, null, Map.of()))));

		ExecutorService jobs = Executors.newFixedThreadPool(JOBS);
		try {
			for (int round = 0; pending(email) > 0; round++) {
				assertThat(round).as("rounds of delivery").isLessThan(50);
				var start = new CountDownLatch(1);
				List<Future<?>> runs = new ArrayList<>();
				for (int job = 0; job < JOBS; job++) {
					runs.add(jobs.submit(() -> {
						start.await();
						delivery.deliverDue();
						return null;
					}));
				}
				start.countDown();
				for (Future<?> run : runs) {
					run.get(60, TimeUnit.SECONDS);
				}
			}
		}
		finally {
			jobs.shutdownNow();
		}

		TestMail.awaitMessages(email, MESSAGES);
		Thread.sleep(1000); // room for a duplicate to arrive
		assertThat(TestMail.messagesTo(email).stream().map(MailDeliveryIntegrationTests::subject).toList())
			.containsExactlyInAnyOrderElementsOf(subjects);
		assertThat(outbox.addressedTo(email, MESSAGES + 1)).hasSize(MESSAGES).allSatisfy(entry -> {
			assertThat(entry.status()).isEqualTo(Outbox.Status.SENT);
			assertThat(entry.attempts()).isEqualTo(1);
		});
	}

	private Outbox.Entry entry(long id) {
		return outbox.withId(id).orElseThrow();
	}

	private double secondsUntilNextAttempt(long id) {
		return jdbc.sql("select extract(epoch from next_attempt_at - now()) from outbox_messages where id = ?")
			.param(id)
			.query(Double.class)
			.single();
	}

	private int pending(String email) {
		return jdbc.sql("select count(*) from outbox_messages where to_address = ? and status = 'PENDING'")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new AssertionError("Unreadable subject", e);
		}
	}
}
