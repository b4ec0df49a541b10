package org.backcare.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A booking on the admin's pages, with whom it is for and what the admin may do with it now.
 *
 * @param noShow the no-show mark, or null
 * @param noShowMarkedBy the name of who marked it, or null
 * @param markable whether it can be marked as a no-show now (booked and started)
 * @param undoable whether its no-show mark can still be taken back (marked today)
 */
record AdminBooking(BookingView booking, long clientId, String clientName, NoShow noShow, String noShowMarkedBy,
		boolean markable, boolean undoable) {

	/** When the no-show was marked, on the location's clock. */
	ZonedDateTime noShowMarkedAt() {
		return noShow.markedAt().atZone(ZoneId.of(booking.timeZone()));
	}
}
