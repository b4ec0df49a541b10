package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin marks a session the client did not come to, and may take the mark back the same day. The updates
 * check the status themselves, so two admins marking at once mark once.
 */
@Component
class NoShows {

	private final Bookings bookings;

	private final Locations locations;

	private final Clock clock;

	NoShows(Bookings bookings, Locations locations, Clock clock) {
		this.bookings = bookings;
		this.locations = locations;
		this.clock = clock;
	}

	/** @throws BookingRefused not found for an unknown booking, not allowed for one that is not booked or not started */
	@Transactional
	Booking mark(long adminId, long bookingId) {
		Booking booking = bookings.find(bookingId).orElseThrow(BookingRefused::notFound);
		Instant now = clock.instant();
		if (booking.status() != Booking.Status.BOOKED) {
			throw BookingRefused.notAllowed(switch (booking.status()) {
				case NO_SHOW -> "This session is marked as a no-show already.";
				case CANCELLED -> "This session was cancelled, so it can't be marked as a no-show.";
				default -> "This time is held for a client on the waitlist: only a booked session can be marked as a no-show.";
			});
		}
		if (!booking.noShowMarkableAt(now)) {
			ZonedDateTime start = booking.startsAt().atZone(zoneOf(booking));
			throw BookingRefused.notAllowed("This session has not started yet: it starts on " + SessionTimes.day(start) + " at "
					+ SessionTimes.time(start) + " (" + SessionTimes.zone(start) + "). Mark it as a no-show once it has started.");
		}
		if (!bookings.markNoShow(bookingId, adminId, now)) {
			throw BookingRefused.notAllowed("This session changed meanwhile. Check it in the list below.");
		}
		return booking;
	}

	/** Takes a no-show back to booked, on the day it was marked (on the location's clock). */
	@Transactional
	Booking undo(long bookingId) {
		Booking booking = bookings.find(bookingId).orElseThrow(BookingRefused::notFound);
		if (booking.status() != Booking.Status.NO_SHOW) {
			throw BookingRefused.notAllowed("This session is not marked as a no-show.");
		}
		if (!bookings.undoNoShow(bookingId, NoShow.startOfDay(clock.instant(), zoneOf(booking)))) {
			throw BookingRefused.notAllowed("A no-show can be taken back only on the day it was marked.");
		}
		return booking;
	}

	private ZoneId zoneOf(Booking booking) {
		return locations.find(booking.locationId()).orElseThrow().zone();
	}
}
