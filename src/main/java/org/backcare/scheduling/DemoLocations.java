package org.backcare.scheduling;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo practice's one location, in Illinois and its time zone, with two treatment rooms. Only with {@code demo};
 * a restart keeps what is there and only fills in what an older demo database lacks.
 */
@Component
@Profile("demo")
class DemoLocations {

	static final String NAME = "BackCare Riverside";

	static final String JURISDICTION = "US-IL";

	private static final Logger log = LoggerFactory.getLogger(DemoLocations.class);

	private final Locations locations;

	DemoLocations(Locations locations) {
		this.locations = locations;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	@Transactional
	void createDemoLocation() {
		if (!locations.all().isEmpty()) {
			placeInIllinois();
			return;
		}
		long id = locations.add(NAME, "418 Riverside Avenue, Chicago, IL 60606", ZoneId.of("America/Chicago"), JURISDICTION);
		locations.addRoom(id, "Willow room");
		locations.addRoom(id, "Cedar room");
		log.info("Demo data: created the location BackCare Riverside with two rooms");
	}

	/** Demo databases from before locations had a jurisdiction (L1) get theirs, so the demo therapists can be booked. */
	private void placeInIllinois() {
		locations.all()
			.stream()
			.filter(location -> location.name().equals(NAME) && location.jurisdiction() == null)
			.forEach(location -> locations.change(location.id(), location.name(), location.address(), location.zone(), JURISDICTION));
	}
}
