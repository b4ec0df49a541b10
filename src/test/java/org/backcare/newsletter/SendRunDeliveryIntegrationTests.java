package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.internet.MimeMessage;
import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@BackCareTest
class SendRunDeliveryIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SendRuns runs;

	@Autowired
	JavaMailSenderImpl smtp;

	@Test
	void aDigestCarriesOneClickUnsubscribeHeadersAndAStableMessageId() throws Exception {
		String email = TestSubscribers.confirmed(jdbc, "headers");
		long run = runs.start("test", null).orElseThrow();

		MimeMessage digest = TestMail.awaitLatest(email, 1);
		String unsubscribe = digest.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).matches("<http://localhost:\\d+/newsletter/unsubscribe/[0-9a-f-]{36}\\.[\\w-]+>");
		assertThat(TestMail.text(digest)).contains(unsubscribe.substring(1, unsubscribe.length() - 1));
		assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(digest.getHeader("List-Id", null)).isEqualTo("BackCare newsletter <newsletter.localhost>");
		assertThat(digest.getHeader("Precedence", null)).isEqualTo("bulk");
		long outboxId = jdbc.sql("""
				select m.id from outbox_messages m join newsletter_run_recipients x
				  on m.reference = 'newsletter-recipient:' || x.id
				join newsletter_subscribers s on s.id = x.subscriber_id where s.email = ?""")
			.param(email)
			.query(Long.class)
			.single();
		assertThat(digest.getMessageID()).isEqualTo("<outbox-" + outboxId + "@localhost>");
		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));
	}

	@Test
	void anSmtpOutagePausesTheRunAndLosesNothing() throws Exception {
		List<String> emails = TestSubscribers.confirmed(jdbc, "outage", 150);
		long run = runs.start("test", null).orElseThrow();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
			.until(() -> TestSubscribers.statuses(jdbc, run, emails).getOrDefault("SENT", 0) >= 20);

		// GreenMail forgets what it received when it stops; its old store keeps it, up to the last message.
		var beforeTheOutage = TestMail.server().getManagers().getImapHostManager();
		TestMail.server().stop();
		Map<String, Integer> received;
		try {
			Thread.sleep(3000); // the sender notices, and keeps trying
			Map<String, Integer> during = TestSubscribers.statuses(jdbc, run, emails);
			assertThat(during).doesNotContainKey("FAILED");
			assertThat(during.getOrDefault("SENT", 0)).isLessThan(emails.size());
			assertThat(failedOutboxMessages(run)).isZero();
			received = new HashMap<>(TestSubscribers.received(beforeTheOutage.getAllMessages()
				.stream()
				.map(StoredMessage::getMimeMessage)
				.toArray(MimeMessage[]::new)));
		}
		finally {
			TestMail.server().start();
		}

		TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(120));
		Thread.sleep(1000); // room for a duplicate to arrive
		TestSubscribers.received(TestMail.server().getReceivedMessages())
			.forEach((address, count) -> received.merge(address, count, Integer::sum));
		assertThat(emails).allSatisfy(email -> assertThat(received.get(email)).as(email).isEqualTo(1));
		assertThat(TestSubscribers.statuses(jdbc, run, emails)).isEqualTo(Map.of("SENT", emails.size()));
		assertThat(failedOutboxMessages(run)).isZero();
	}

	@Test
	void anAddressTheServerRefusesForGoodMarksTheSubscriberBounced() throws Exception {
		String refused = TestData.email("refused"); // the server below refuses addresses starting so
		jdbc.sql("insert into newsletter_subscribers (email, status, confirmed_at) values (?, 'CONFIRMED', now())")
			.param(refused)
			.update();
		int greenMail = smtp.getPort();
		try (var server = new RefusingSmtpServer()) {
			smtp.setPort(server.port());
			long run = runs.start("test", null).orElseThrow();
			TestSubscribers.awaitFinished(jdbc, run, Duration.ofSeconds(30));

			assertThat(TestSubscribers.statuses(jdbc, run, List.of(refused))).isEqualTo(Map.of("FAILED", 1));
			assertThat(jdbc.sql("select error from newsletter_run_recipients x join newsletter_subscribers s on s.id = x.subscriber_id where x.run_id = ? and s.email = ?")
				.params(run, refused).query(String.class).single()).contains("550");
			var subscriber = jdbc.sql("select status, bounced_at is not null as bounced, bounce_reason from newsletter_subscribers where email = ?")
				.param(refused)
				.query()
				.singleRow();
			assertThat(subscriber).containsEntry("status", "BOUNCED").containsEntry("bounced", true);
			assertThat((String) subscriber.get("bounce_reason")).contains("550");
		}
		finally {
			smtp.setPort(greenMail);
		}
	}

	private int failedOutboxMessages(long run) {
		return jdbc.sql("""
				select count(*) from outbox_messages
				where reference in (select 'newsletter-recipient:' || x.id from newsletter_run_recipients x where x.run_id = ?)
				  and status = 'FAILED'""").param(run).query(Integer.class).single();
	}
}
