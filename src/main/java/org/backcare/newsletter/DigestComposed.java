package org.backcare.newsletter;

/**
 * One subscriber's digest, written and ready to send: notifications puts it in the outbox's bulk lane in the same
 * transaction that marks the recipient queued, so it is written exactly once.
 *
 * @param reference what the outbox reports back with (see platform MailOutcome), unique per recipient of a run
 * @param unsubscribeUrl the absolute one-click unsubscribe link, for the List-Unsubscribe header (RFC 8058)
 */
public record DigestComposed(String reference, String to, String subject, String text, String html,
		String unsubscribeUrl) {
}
