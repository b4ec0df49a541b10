package org.backcare.notifications;

import java.util.Map;

/** An email as it is written into the outbox; {@code html} may be null for a text-only message. */
record Message(String to, String subject, String text, String html, Map<String, String> headers) {

	Message {
		headers = Map.copyOf(headers);
	}
}
