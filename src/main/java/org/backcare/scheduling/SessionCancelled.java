package org.backcare.scheduling;

/**
 * A booked session was cancelled; published in the cancellation's transaction.
 *
 * @param byPractice true when the practice cancelled it, false when the client did
 */
public record SessionCancelled(BookedSession session, boolean byPractice) {
}
