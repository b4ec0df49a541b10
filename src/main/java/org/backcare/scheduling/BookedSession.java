package org.backcare.scheduling;

import java.time.Instant;
import java.time.ZoneId;

import org.backcare.therapies.Technique;

/**
 * A booked session as emails and calendars tell it: who, what, where, and when in the location's time zone.
 * Events carry it whole, so listeners never call back.
 */
public record BookedSession(long bookingId, long clientId, String clientName, String clientEmail, long therapistId,
		String therapistName, String serviceName, Technique technique, String locationName, String locationAddress,
		ZoneId zone, Instant startsAt, Instant endsAt) {
}
