package org.backcare.platform;

/**
 * What became of an email written with a reference (see the outbox): published by the mail sender in the
 * transaction that records it, so the module that wrote the message can keep its own status in step.
 *
 * @param reference the key the message was written with, e.g. {@code newsletter-recipient:42}
 * @param detail the server's answer for a failure, or null
 */
public record MailOutcome(String reference, Kind kind, String detail) {

	public enum Kind {
		SENT,
		/** Given up after the retries: the address may be fine, the mail did not get through. */
		FAILED,
		/** The receiving server refused the address for good (a hard bounce). */
		REJECTED
	}
}
