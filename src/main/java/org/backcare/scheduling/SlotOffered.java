package org.backcare.scheduling;

import java.time.Instant;

/**
 * A cancelled time is held for the first client on the waitlist, until {@code heldUntil}; published in the
 * cancellation's transaction. The client confirms it from their bookings page.
 */
public record SlotOffered(BookedSession session, Instant heldUntil) {
}
