package org.backcare.scheduling;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backcare.identity.People;
import org.backcare.therapies.Catalogue;
import org.springframework.stereotype.Component;

/** Turns bookings into what people read, with a fixed number of statements per list. */
@Component
class BookingViews {

	private final Catalogue catalogue;

	private final Locations locations;

	private final People people;

	private final ServiceRules rules;

	private final Clock clock;

	BookingViews(Catalogue catalogue, Locations locations, People people, ServiceRules rules, Clock clock) {
		this.catalogue = catalogue;
		this.locations = locations;
		this.people = people;
		this.rules = rules;
		this.clock = clock;
	}

	List<BookingView> of(List<Booking> bookings) {
		if (bookings.isEmpty()) {
			return List.of();
		}
		Map<Long, Location> byId = locations.all().stream().collect(Collectors.toMap(Location::id, Function.identity()));
		return BookingView.of(bookings, catalogue.servicesById(), byId,
				people.namesOf(bookings.stream().map(Booking::therapistId).distinct().toList()),
				rules.of(bookings.stream().map(Booking::serviceId).distinct().toList()), clock.instant());
	}

	BookingView of(Booking booking) {
		return of(List.of(booking)).get(0);
	}
}
