package org.backcare.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked session.
 *
 * @param seriesId shared by the sessions booked together for a care plan, or null
 * @param heldUntil when a waitlist hold runs out, for a HELD booking
 */
record Booking(long id, long clientId, long therapistId, long locationId, long roomId, long serviceId, Instant startsAt,
		Instant endsAt, Status status, UUID seriesId, Instant heldUntil, Instant createdAt) {

	enum Status {
		HELD, BOOKED, CANCELLED, NO_SHOW
	}

	/** A client may cancel or move a booked session until the cancellation window before it opens. */
	boolean changeableBy(Instant now, BookingRules rules) {
		return status == Status.BOOKED && !now.isAfter(startsAt.minus(rules.cancellationWindow()));
	}

	boolean upcoming(Instant now) {
		return status == Status.BOOKED && startsAt.isAfter(now);
	}

	/** The admin marks a missed session once it has started: before that the client may still come. */
	boolean noShowMarkableAt(Instant now) {
		return status == Status.BOOKED && !now.isBefore(startsAt);
	}
}
