package org.backcare.notifications;

import java.io.UnsupportedEncodingException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.backcare.platform.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due transactional outbox messages over SMTP, with their attachments, retrying failures with
 * {@link Backoff}; bulk mail has its own sender, {@link BulkDelivery}. Boot creates a mail sender only when
 * {@code spring.mail.host} is set; without one this job does nothing and mail waits in the outbox. Rows are
 * claimed with {@code SKIP LOCKED}, so any number of app nodes can run it. Delivery is at least once: a crash
 * between the SMTP hand-over and the commit sends that message again (with the same Message-ID).
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final MailSettings settings;

	private final PublicLinks links;

	MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> senders, TransactionTemplate transactions,
			MailSettings settings, PublicLinks links) {
		this.outbox = outbox;
		this.senders = senders;
		this.transactions = transactions;
		this.settings = settings;
		this.links = links;
	}

	@Scheduled(initialDelayString = "${backcare.mail.poll-interval:5s}",
			fixedDelayString = "${backcare.mail.poll-interval:5s}")
	void deliverDue() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return;
		}
		transactions.executeWithoutResult(
				status -> outbox.claimDue(settings.batchSize()).forEach(entry -> deliver(sender, entry)));
	}

	private void deliver(JavaMailSender sender, Outbox.Entry entry) {
		MimeMessage mime;
		try {
			mime = compose(sender, entry);
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException unsendable) {
			// A message we cannot even build (a malformed address) will not improve by waiting.
			log.warn("Mail {} cannot be composed and is marked failed: {}", entry.id(), unsendable.toString());
			outbox.failed(entry.id(), describe(unsendable));
			return;
		}
		try {
			sender.send(mime);
			outbox.sent(entry.id());
		}
		catch (RuntimeException failure) {
			int failures = entry.attempts() + 1;
			if (failures >= settings.maxAttempts()) {
				log.warn("Mail {} failed {} times and is given up: {}", entry.id(), failures, failure.toString());
				outbox.failed(entry.id(), describe(failure));
			}
			else {
				log.info("Mail {} failed (attempt {}), retrying in {}: {}", entry.id(), failures,
						Backoff.after(failures), failure.toString());
				outbox.retryIn(entry.id(), Backoff.after(failures), describe(failure));
			}
		}
	}

	private MimeMessage compose(JavaMailSender sender, Outbox.Entry entry)
			throws MessagingException, UnsupportedEncodingException {
		// Spring's sender keeps a Message-ID that is set, so the outbox's stable one goes out.
		return MimeMail.write(sender.createMimeMessage(), entry, settings.from(), links.host());
	}

	static String describe(Exception exception) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
		String message = exception.getMessage();
		return cause == exception ? String.valueOf(message) : message + " (" + cause + ")";
	}
}
