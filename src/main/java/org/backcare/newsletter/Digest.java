package org.backcare.newsletter;

/** One subscriber's digest, written. */
record Digest(long subscriberId, String to, String subject, String html, String text, String unsubscribeUrl) {
}
