package org.backcare.newsletter;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.backcare.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confirmed subscribers made by SQL (the sign-up is another part's), and ways to follow a send run. */
final class TestSubscribers {

	private TestSubscribers() {
	}

	/** {@code count} confirmed subscribers, due a digest; their addresses in order. */
	static List<String> confirmed(JdbcClient jdbc, String who, int count) {
		String prefix = TestData.email(who).replace("@example.test", "");
		List<String> emails = IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "-" + n + "@example.test").toList();
		jdbc.sql("""
				insert into newsletter_subscribers (email, status, confirmed_at, interests)
				select address, 'CONFIRMED', now(), '{SELF_CARE,NEW_ARTICLES}' from unnest(:emails) address""")
			.param("emails", emails.toArray(String[]::new))
			.update();
		return emails;
	}

	static String confirmed(JdbcClient jdbc, String who) {
		return confirmed(jdbc, who, 1).get(0);
	}

	static void awaitFinished(JdbcClient jdbc, long run, Duration within) {
		await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> "FINISHED".equals(jdbc
			.sql("select status from newsletter_runs where id = ?").param(run).query(String.class).single()));
	}

	/** How many of a run's given recipients are in each status. */
	static Map<String, Integer> statuses(JdbcClient jdbc, long run, List<String> emails) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select x.status, count(*) from newsletter_run_recipients x join newsletter_subscribers s on s.id = x.subscriber_id
				where x.run_id = :run and s.email = any(:emails) group by x.status""")
			.param("run", run)
			.param("emails", emails.toArray(String[]::new))
			.query(row -> {
				counts.put(row.getString(1), row.getInt(2));
			});
		return counts;
	}

	/** How many of the messages each address received. */
	static Map<String, Integer> received(MimeMessage[] messages) {
		Map<String, Integer> counts = new HashMap<>();
		for (MimeMessage message : messages) {
			try {
				for (Address address : message.getAllRecipients()) {
					counts.merge(address.toString(), 1, Integer::sum);
				}
			}
			catch (MessagingException e) {
				throw new AssertionError("Unreadable message", e);
			}
		}
		return counts;
	}
}
