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

/** The demo practice's one location, in the demo's time zone, with two treatment rooms. Only with {@code demo}. */
@Component
@Profile("demo")
class DemoLocations {

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
			return;
		}
		long id = locations.add("BackCare Riverside", "418 Riverside Avenue, Chicago, IL 60606", ZoneId.of("America/Chicago"));
		locations.addRoom(id, "Willow room");
		locations.addRoom(id, "Cedar room");
		log.info("Demo data: created the location BackCare Riverside with two rooms");
	}
}
