package org.backcare.scheduling;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One session of a plan's series: when the plan wants it, whether that time is free with the therapist, and if
 * not, the nearest free times to choose from instead.
 *
 * @param free the slot at the wanted time, or null when it is taken
 */
record SeriesDate(int number, ZonedDateTime wanted, OpenSlot free, List<OpenSlot> alternatives) {

	SeriesDate {
		alternatives = List.copyOf(alternatives);
	}

	boolean bookable() {
		return free != null || !alternatives.isEmpty();
	}
}
