package org.backcare.scheduling;

import java.util.List;

/** A client booked a care plan's sessions together (a series); published in that one transaction. */
public record SeriesBooked(List<BookedSession> sessions) {

	public SeriesBooked {
		sessions = List.copyOf(sessions);
	}
}
