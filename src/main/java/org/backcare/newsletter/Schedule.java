package org.backcare.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The practice's send schedule: each day at {@code sendAt} (practice time) a run mails every confirmed subscriber
 * whose last digest is {@code everyDays} old (or their own choice of days).
 *
 * @param updatedBy who last changed it, or null for the defaults
 */
record Schedule(int everyDays, LocalTime sendAt, boolean enabled, Instant updatedAt, String updatedBy) {

	/** The day a run started at {@code now} belongs to, or null before today's send time. */
	LocalDate dueDay(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		return enabled && !local.toLocalTime().isBefore(sendAt) ? local.toLocalDate() : null;
	}

	/** When the next scheduled run starts, given whether today's has started; null when switched off. */
	ZonedDateTime nextSend(Instant now, ZoneId zone, boolean todayStarted) {
		if (!enabled) {
			return null;
		}
		ZonedDateTime local = now.atZone(zone);
		ZonedDateTime today = local.toLocalDate().atTime(sendAt).atZone(zone);
		if (!todayStarted) {
			return today.isAfter(local) ? today : local;
		}
		return local.toLocalDate().plusDays(1).atTime(sendAt).atZone(zone);
	}
}
