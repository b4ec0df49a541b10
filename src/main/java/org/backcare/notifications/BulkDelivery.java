package org.backcare.notifications;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.backcare.platform.MailOutcome;
import org.backcare.platform.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's bulk lane (newsletter digests) on a thread of its own, so transactional mail never waits
 * behind it. It leases a batch ({@link BulkQueue}), sends it over ONE SMTP connection at
 * {@code backcare.mail.bulk-per-second} (per app node), and marks each message sent in its own transaction right
 * after the server accepted it, publishing a {@link MailOutcome} there. A recipient the server refuses for good
 * (5xx) is failed at once with outcome REJECTED. A connection failure or a 4xx answer stops the batch and gives
 * the unsent messages back for later ({@link Backoff}): an SMTP outage pauses delivery and loses nothing; a
 * message refused with 4xx more than {@code max-attempts} times is failed with outcome FAILED.
 * <p>
 * What exactly once means here: a stop of the application (shutdown, redeploy) stops between two messages, so
 * every message the server accepted is marked. A hard kill (kill -9, power loss) or a database failure in the
 * moment between the server's acceptance and the commit of the sent mark leaves that ONE message leased but
 * unmarked; when the lease ends it is sent again, with the same Message-ID. SMTP offers nothing to close that
 * window. A sender never starts a message on a lease close to its end, so two nodes never hold the same message.
 */
@Component
class BulkDelivery implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BulkDelivery.class);

	static final Duration LEASE = Duration.ofMinutes(2);

	/** Longer than one SMTP exchange may take (spring.mail timeouts: 10 s to connect, 30 s to read or write). */
	private static final Duration LEASE_MARGIN = Duration.ofSeconds(45);

	private static final int LARGEST_BATCH = 500;

	private static final Pattern REPLY = Pattern.compile("([45]\\d\\d)[ -]");

	private final BulkQueue queue;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final MailSettings settings;

	private final PublicLinks links;

	private final Pace pace;

	private volatile boolean running;

	private Thread worker;

	private int outages;

	private long pausedUntil = System.nanoTime();

	BulkDelivery(BulkQueue queue, ObjectProvider<JavaMailSender> senders, TransactionTemplate transactions,
			ApplicationEventPublisher events, MailSettings settings, PublicLinks links) {
		this.queue = queue;
		this.senders = senders;
		this.transactions = transactions;
		this.events = events;
		this.settings = settings;
		this.links = links;
		this.pace = new Pace(settings.bulkPerSecond(), System::nanoTime);
	}

	@Override
	public synchronized void start() {
		running = true;
		worker = new Thread(this::work, "bulk-mail");
		worker.setDaemon(true);
		worker.start();
	}

	/** Lets the message in flight be marked, then returns; the rest of the batch is given back. */
	@Override
	public synchronized void stop() {
		running = false;
		if (worker != null) {
			LockSupport.unpark(worker);
			try {
				worker.join(LEASE.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			worker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void work() {
		while (running) {
			boolean more = false;
			try {
				more = deliverBatch();
			}
			catch (RuntimeException trouble) {
				log.warn("Bulk mail delivery failed; trying again shortly", trouble);
			}
			if (!more) {
				idle(settings.pollInterval().toNanos());
			}
		}
	}

	/** @return whether a whole batch went out, so more may be waiting */
	private boolean deliverBatch() {
		if (!(senders.getIfAvailable() instanceof JavaMailSenderImpl sender) || System.nanoTime() - pausedUntil < 0) {
			return false;
		}
		long leasedAt = System.nanoTime();
		List<Outbox.Entry> batch = queue.lease(batchSize(), LEASE);
		if (batch.isEmpty()) {
			return false;
		}
		int next = 0;
		boolean inDoubt = false;
		Duration retryIn = Duration.ZERO;
		Transport transport = null;
		try {
			transport = connect(sender);
			for (; next < batch.size() && usable(leasedAt); next++) {
				idle(pace.reserve());
				if (!running) {
					break;
				}
				inDoubt = true;
				boolean goOn = deliver(transport, sender, batch.get(next));
				inDoubt = false;
				if (!goOn) {
					retryIn = outage("the server refused or dropped message " + batch.get(next).id());
					break;
				}
			}
		}
		catch (MessagingException down) {
			retryIn = outage(MailDelivery.describe(down));
		}
		finally {
			close(transport);
			// A message whose sent mark failed may have been accepted: it stays leased, and goes again when the
			// lease ends, rather than at once.
			int unsent = inDoubt ? next + 1 : next;
			queue.release(batch.subList(Math.min(unsent, batch.size()), batch.size())
				.stream()
				.map(Outbox.Entry::id)
				.toList(), retryIn);
		}
		return next == batch.size();
	}

	/** @return false when the server is in trouble (4xx, connection lost) and the batch must stop */
	private boolean deliver(Transport transport, JavaMailSenderImpl sender, Outbox.Entry entry) {
		MimeMessage mime;
		try {
			mime = MimeMail.write(new MimeMessage(sender.getSession()), entry, settings.from(), links.host());
			String id = mime.getMessageID();
			mime.saveChanges(); // which would make up a new Message-ID
			mime.setHeader("Message-ID", id);
		}
		catch (AddressException malformed) {
			settle(entry, MailOutcome.Kind.REJECTED, MailDelivery.describe(malformed));
			return true;
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException unsendable) {
			settle(entry, MailOutcome.Kind.FAILED, MailDelivery.describe(unsendable));
			return true;
		}
		try {
			transport.sendMessage(mime, mime.getAllRecipients());
		}
		catch (MessagingException refused) {
			int code = replyCode(refused);
			if (code >= 500) {
				settle(entry, recipientRefused(refused) ? MailOutcome.Kind.REJECTED : MailOutcome.Kind.FAILED,
						MailDelivery.describe(refused));
				return true;
			}
			if (code >= 400) {
				attemptFailed(entry, MailDelivery.describe(refused));
			}
			log.info("Bulk mail {} not sent: {}", entry.id(), MailDelivery.describe(refused));
			return false;
		}
		outages = 0;
		settle(entry, MailOutcome.Kind.SENT, null);
		return true;
	}

	private void attemptFailed(Outbox.Entry entry, String error) {
		int failures = entry.attempts() + 1;
		if (failures >= settings.maxAttempts()) {
			settle(entry, MailOutcome.Kind.FAILED, error);
		}
		else {
			queue.retryIn(entry.id(), Backoff.after(failures), error);
		}
	}

	private void settle(Outbox.Entry entry, MailOutcome.Kind kind, String detail) {
		transactions.executeWithoutResult(status -> {
			boolean marked = kind == MailOutcome.Kind.SENT ? queue.sent(entry.id()) : queue.failed(entry.id(), detail);
			if (marked && entry.reference() != null) {
				events.publishEvent(new MailOutcome(entry.reference(), kind, detail));
			}
		});
	}

	private Duration outage(String why) {
		outages++;
		Duration pause = Backoff.after(outages);
		pausedUntil = System.nanoTime() + pause.toNanos();
		log.warn("Bulk mail paused for {} (outage {} in a row): {}", pause, outages, why);
		return pause;
	}

	private boolean usable(long leasedAt) {
		return running && System.nanoTime() - leasedAt < LEASE.minus(LEASE_MARGIN).toNanos();
	}

	private int batchSize() {
		// about five seconds of sending, well inside the lease
		return Math.min(LARGEST_BATCH, settings.bulkPerSecond() * 5);
	}

	private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
		Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
		String username = sender.getUsername();
		String password = sender.getPassword();
		if ("".equals(username)) {
			username = null; // as JavaMailSenderImpl does: no AUTH without a user name
			password = "".equals(password) ? null : password;
		}
		transport.connect(sender.getHost(), sender.getPort(), username, password);
		return transport;
	}

	private static void close(Transport transport) {
		if (transport == null) {
			return;
		}
		try {
			transport.close();
		}
		catch (MessagingException quitRefused) {
			log.debug("Closing the SMTP connection failed", quitRefused);
		}
	}

	/**
	 * The SMTP reply code of a refusal, e.g. 550, or -1 when the server gave none (the connection failed). The
	 * mail library puts the server's reply line in the message of the exception it chains for the refusal.
	 */
	private static int replyCode(MessagingException failure) {
		for (Exception cause = failure; cause != null; cause = next(cause)) {
			Matcher reply = REPLY.matcher(String.valueOf(cause.getMessage()));
			if (cause instanceof SendFailedException && reply.lookingAt()) {
				return Integer.parseInt(reply.group(1));
			}
		}
		return -1;
	}

	/** Whether the server refused the recipient (RCPT), rather than the message. */
	private static boolean recipientRefused(MessagingException failure) {
		for (Exception cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SendFailedException refusal && refusal.getInvalidAddresses() != null
					&& refusal.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private static Exception next(Exception cause) {
		return cause instanceof MessagingException messaging ? messaging.getNextException() : null;
	}

	/** Waits, unless the application is stopping; a park may end early, so the deadline is checked again. */
	private void idle(long nanos) {
		long until = System.nanoTime() + nanos;
		for (long left = nanos; running && left > 0; left = until - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
	}
}
