package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A weekday's usual hours at a location, on its local clock, with an optional break. */
record WorkingHours(long id, long therapistId, long locationId, DayOfWeek weekday, LocalTime starts, LocalTime ends,
		LocalTime breakStarts, LocalTime breakEnds) {

	/** The hours as the slot finder walks them: the break cut out. */
	List<SlotFinder.Window> windows() {
		if (breakStarts == null) {
			return List.of(new SlotFinder.Window(starts, ends));
		}
		return List.of(new SlotFinder.Window(starts, breakStarts), new SlotFinder.Window(breakEnds, ends));
	}
}
