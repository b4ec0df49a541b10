package org.backcare.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service may be booked.
 *
 * @param bufferBefore time the therapist and room are kept free before the session (set-up)
 * @param bufferAfter time kept free after it (notes, clean linen)
 * @param minimumNotice how long before its start a session can still be booked
 * @param horizonDays how many days ahead sessions can be booked
 * @param cancellationWindow a client may cancel or move a session up to this long before it starts
 */
record BookingRules(@DefaultValue("0m") Duration bufferBefore, @DefaultValue("15m") Duration bufferAfter,
		@DefaultValue("12h") Duration minimumNotice, @DefaultValue("90") int horizonDays,
		@DefaultValue("24h") Duration cancellationWindow) {
}
