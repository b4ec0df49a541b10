package org.backcare.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waitlist holds: a freed time is held for the first client waiting for it (first come, first served) as a HELD
 * booking, which blocks the slot like any booking; the client confirms or declines it, and a hold nobody
 * confirms in time passes to the next client waiting.
 */
@Component
class Holds {

	private final Bookings bookings;

	private final Waitlist waitlist;

	private final Locations locations;

	private final ServiceRules rules;

	private final BookedSessions sessions;

	private final SchedulingSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Holds(Bookings bookings, Waitlist waitlist, Locations locations, ServiceRules rules, BookedSessions sessions,
			SchedulingSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.locations = locations;
		this.rules = rules;
		this.sessions = sessions;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** The client takes the time held for them: it becomes their booking. */
	@Transactional
	Booking confirmHold(long clientId, long bookingId) {
		Booking held = own(clientId, bookingId);
		if (held.status() != Booking.Status.HELD || !bookings.confirmHold(bookingId, clientId, clock.instant())) {
			throw BookingRefused.notAllowed("This time is no longer held for you.");
		}
		waitlist.settle(bookingId, true);
		Booking booking = bookings.find(bookingId).orElseThrow();
		events.publishEvent(new SessionBooked(sessions.withId(booking.id()).orElseThrow()));
		return booking;
	}

	/** The client does not want the time held for them: it goes to the next one waiting. */
	@Transactional
	void declineHold(long clientId, long bookingId) {
		Booking held = own(clientId, bookingId);
		if (held.status() == Booking.Status.HELD && bookings.cancel(bookingId, clientId)) {
			waitlist.settle(bookingId, false);
			offerFreedTime(held, clientId);
		}
	}

	/** Releases holds nobody confirmed in time and offers each time to the next one waiting. */
	@Transactional
	int releaseLapsedHolds(int batch) {
		List<Long> lapsed = waitlist.lapsedHolds(clock.instant(), batch);
		for (long id : lapsed) {
			Booking held = bookings.find(id).orElseThrow();
			bookings.cancel(id, null);
			waitlist.settle(id, false);
			offerFreedTime(held, held.clientId());
		}
		return lapsed.size();
	}

	/**
	 * Holds a freed time for the first client waiting for it (same service, that therapist or anyone, that day),
	 * in the transaction that freed it. The client who freed it is not offered it back.
	 */
	void offerFreedTime(Booking freed, long freedBy) {
		Instant now = clock.instant();
		if (!freed.startsAt().isAfter(now)) {
			return;
		}
		Location location = locations.find(freed.locationId()).orElseThrow();
		LocalDate day = freed.startsAt().atZone(location.zone()).toLocalDate();
		waitlist.firstFor(freed.serviceId(), freed.therapistId(), day, freedBy).ifPresent(entry -> {
			BookingRules policy = rules.of(freed.serviceId());
			Instant heldUntil = now.plus(settings.holdFor()).isBefore(freed.startsAt()) ? now.plus(settings.holdFor()) : freed.startsAt();
			bookings.hold(new Bookings.NewBooking(entry.clientId(), freed.therapistId(), freed.locationId(), freed.roomId(),
					freed.serviceId(), freed.startsAt(), freed.endsAt(), policy.bufferBefore(), policy.bufferAfter(), null), heldUntil)
				.ifPresent(id -> {
					waitlist.offered(entry.id(), id);
					events.publishEvent(new SlotOffered(sessions.withId(id).orElseThrow(), heldUntil));
				});
		});
	}

	private Booking own(long clientId, long bookingId) {
		return bookings.find(bookingId).filter(booking -> booking.clientId() == clientId).orElseThrow(BookingRefused::notFound);
	}
}
