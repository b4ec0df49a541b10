package org.backcare.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.backcare.therapies.Service;
import org.backcare.therapies.ServiceId;

/**
 * A booking as clients see it, in the API and on their pages: times carry the location's offset.
 *
 * @param changeableUntil the last moment the client may cancel or move it online, or null when they no longer can
 * @param heldUntil for a time held for a waitlisted client, until when they may confirm it
 */
record BookingView(long id, Booking.Status status, long service, String serviceName, OffsetDateTime start,
		OffsetDateTime end, String timeZone, long therapist, String therapistName, long room, String roomName, long location,
		String locationName, String address, Instant changeableUntil, Instant heldUntil) {

	/** The local start and end on the location's clock. */
	java.time.ZonedDateTime localStart() {
		return start.atZoneSameInstant(java.time.ZoneId.of(timeZone));
	}

	java.time.ZonedDateTime localEnd() {
		return end.atZoneSameInstant(java.time.ZoneId.of(timeZone));
	}

	String statusWords() {
		return switch (status) {
			case HELD -> "Held for you";
			case BOOKED -> "Booked";
			case CANCELLED -> "Cancelled";
			case NO_SHOW -> "Missed (no-show)";
		};
	}

	/** Views for many bookings; the lookups are maps loaded once per list. */
	static List<BookingView> of(List<Booking> bookings, Map<ServiceId, Service> services, Map<Long, Location> locations,
			Map<Long, String> names, Map<Long, BookingRules> rules, Instant now) {
		return bookings.stream().map(booking -> {
			Location location = locations.get(booking.locationId());
			Service service = services.get(new ServiceId(booking.serviceId()));
			BookingRules policy = rules.get(booking.serviceId());
			String room = location.rooms().stream().filter(r -> r.id() == booking.roomId()).map(Location.Room::name).findFirst().orElse("");
			return new BookingView(booking.id(), booking.status(), booking.serviceId(), service.name(),
					booking.startsAt().atZone(location.zone()).toOffsetDateTime(),
					booking.endsAt().atZone(location.zone()).toOffsetDateTime(), location.zone().getId(), booking.therapistId(),
					names.get(booking.therapistId()), booking.roomId(), room, location.id(), location.name(), location.address(),
					booking.changeableBy(now, policy) ? booking.startsAt().minus(policy.cancellationWindow()) : null,
					booking.heldUntil());
		}).toList();
	}
}
