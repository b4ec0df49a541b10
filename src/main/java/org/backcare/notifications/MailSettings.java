package org.backcare.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves the outbox. Mail is only delivered when an SMTP server is configured ({@code spring.mail.host});
 * without one it stays in the outbox and shows in the admin mailbox.
 *
 * @param from the sender of every email, as {@code Name <address>}
 * @param pollInterval how often the delivery job looks for mail that is due (read by its schedule)
 * @param batchSize the most messages one run of the job sends
 * @param maxAttempts after this many failed attempts a message is marked failed and no longer retried
 * @param bulkPerSecond the most bulk messages (newsletter digests) one app node hands to the SMTP server a second
 */
@ConfigurationProperties("backcare.mail")
record MailSettings(@DefaultValue("BackCare <hello@backcare.test>") String from,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("10") int maxAttempts, @DefaultValue("50") int bulkPerSecond) {

	MailSettings {
		if (batchSize < 1 || maxAttempts < 1 || bulkPerSecond < 1) {
			throw new IllegalArgumentException(
					"backcare.mail.batch-size, max-attempts and bulk-per-second must be at least 1");
		}
	}
}
