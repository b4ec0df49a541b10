package org.backcare.sessions;

import java.time.Instant;

/**
 * A therapist signed the note of a session: from now on its content is final (progress can be evaluated from it).
 * Published inside the signing transaction.
 *
 * @param signedBy the account id of the therapist who signed
 * @param stopped whether the re-screen stopped the session (O1): no treatment was given
 */
public record SessionNoteSigned(long bookingId, long clientId, long therapistId, long signedBy, Instant signedAt,
		boolean stopped) {
}
