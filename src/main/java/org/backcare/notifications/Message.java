package org.backcare.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An email as it is written into the outbox; {@code html} may be null for a text-only message.
 *
 * @param sendAt when it is due, or null for as soon as possible
 * @param cancelKey withdraws the message while it is not yet sent (see {@link Outbox#cancel}), or null
 * @param lane transactional mail is sent at once; bulk mail (digests) is throttled and never holds it up
 * @param reference what delivery reports the outcome with (platform MailOutcome), unique; or null
 */
record Message(String to, String subject, String text, String html, Map<String, String> headers,
		List<Attachment> attachments, Instant sendAt, String cancelKey, Outbox.Lane lane, String reference) {

	Message {
		headers = Map.copyOf(headers);
		attachments = List.copyOf(attachments);
	}

	Message(String to, String subject, String text, String html, Map<String, String> headers) {
		this(to, subject, text, html, headers, List.of(), null, null, Outbox.Lane.TRANSACTIONAL, null);
	}

	Message attaching(Attachment attachment) {
		var all = new ArrayList<>(attachments);
		all.add(attachment);
		return new Message(to, subject, text, html, headers, all, sendAt, cancelKey, lane, reference);
	}

	/** The same message, due at {@code when} and withdrawn by {@code key} until then. */
	Message dueAt(Instant when, String key) {
		return new Message(to, subject, text, html, headers, attachments, when, key, lane, reference);
	}

	/** The same message in the bulk lane, reporting its outcome under {@code reference}. */
	Message bulk(String reference) {
		return new Message(to, subject, text, html, headers, attachments, sendAt, cancelKey, Outbox.Lane.BULK,
				reference);
	}
}
