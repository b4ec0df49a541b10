package org.backcare.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.backcare.platform.PracticeSettings;
import org.springframework.stereotype.Component;

/** What day it is at the practice, for calendars that open on today. */
@Component
class PracticeDay {

	private final Locations locations;

	private final PracticeSettings practice;

	private final Clock clock;

	PracticeDay(Locations locations, PracticeSettings practice, Clock clock) {
		this.locations = locations;
		this.practice = practice;
		this.clock = clock;
	}

	/** Today on the locations' clock when they all keep one (the usual case), else in the practice's time zone. */
	LocalDate today() {
		Set<ZoneId> zones = locations.all().stream().map(Location::zone).collect(Collectors.toSet());
		ZoneId zone = zones.size() == 1 ? zones.iterator().next() : practice.timeZone();
		return LocalDate.now(clock.withZone(zone));
	}
}
