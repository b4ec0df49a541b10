package org.backcare.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;

/** A time a client can book: who gives it, in which room, at which location. */
record OpenSlot(Instant start, Instant end, long therapistId, String therapistName, long roomId, String roomName,
		Location location) {

	ZonedDateTime localStart() {
		return start.atZone(location.zone());
	}

	ZonedDateTime localEnd() {
		return end.atZone(location.zone());
	}
}
