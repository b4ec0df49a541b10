package org.backcare.sessions;

import java.time.Instant;

import org.backcare.intake.ScreeningOutcome;

/**
 * A therapist's record of one booked session. Signed, it is locked for good (the database refuses any change);
 * corrections are then addenda.
 *
 * @param stopped the screening outcome a new red flag at the re-screen routed to (O1), or null when the session
 * went ahead
 * @param version raised by every save, for the optimistic check
 */
record SessionRecord(long bookingId, long clientId, long therapistId, RecordContent content, ScreeningOutcome stopped,
		Instant rescreenedAt, int version, Instant createdAt, Instant updatedAt, Instant signedAt, Long signedBy) {

	boolean signed() {
		return signedAt != null;
	}

	String subject() {
		return subject(bookingId);
	}

	static String subject(long bookingId) {
		return "session-record:" + bookingId;
	}
}
