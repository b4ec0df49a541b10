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
 */
record Message(String to, String subject, String text, String html, Map<String, String> headers,
		List<Attachment> attachments, Instant sendAt, String cancelKey) {

	Message {
		headers = Map.copyOf(headers);
		attachments = List.copyOf(attachments);
	}

	Message(String to, String subject, String text, String html, Map<String, String> headers) {
		this(to, subject, text, html, headers, List.of(), null, null);
	}

	Message attaching(Attachment attachment) {
		var all = new ArrayList<>(attachments);
		all.add(attachment);
		return new Message(to, subject, text, html, headers, all, sendAt, cancelKey);
	}

	/** The same message, due at {@code when} and withdrawn by {@code key} until then. */
	Message dueAt(Instant when, String key) {
		return new Message(to, subject, text, html, headers, attachments, when, key);
	}
}
