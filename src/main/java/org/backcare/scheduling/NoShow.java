package org.backcare.scheduling;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A session the client missed, as the admin marked it.
 *
 * @param markedBy the admin who marked it, or null for a mark from before marks named their author
 */
record NoShow(Long markedBy, Instant markedAt) {

	/** A mark made in error can be taken back on the day it was made, on the location's clock. */
	boolean undoableAt(Instant now, ZoneId zone) {
		return !markedAt.isBefore(startOfDay(now, zone));
	}

	static Instant startOfDay(Instant now, ZoneId zone) {
		return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
	}
}
