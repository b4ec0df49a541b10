package org.backcare.newsletter;

/**
 * One subscriber's digest, written.
 *
 * @param unsubscribeUrl the absolute one-click unsubscribe link, for the List-Unsubscribe header (RFC 8058)
 */
record Digest(long subscriberId, String to, String subject, String html, String text, String unsubscribeUrl) {
}
