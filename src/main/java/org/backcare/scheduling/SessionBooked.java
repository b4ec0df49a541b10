package org.backcare.scheduling;

/** A client booked a session; published in the booking's transaction. */
public record SessionBooked(BookedSession session) {
}
