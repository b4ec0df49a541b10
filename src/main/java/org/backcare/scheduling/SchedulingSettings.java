package org.backcare.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param slotStep how far apart slot starts are on the location's clock, counted from midnight
 * @param defaults the booking rules of a service the admin has not given its own
 * @param holdFor how long a freed slot is held for the first client on its waitlist
 * @param longestSearch the longest date range one availability search may cover
 */
@ConfigurationProperties("backcare.scheduling")
record SchedulingSettings(@DefaultValue("30m") Duration slotStep, @DefaultValue BookingRules defaults,
		@DefaultValue("2h") Duration holdFor, @DefaultValue("92") int longestSearch) {
}
