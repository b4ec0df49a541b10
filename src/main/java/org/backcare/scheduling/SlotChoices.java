package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open slots laid out for the picker: day by day on the location's calendar. With no therapist chosen, each time
 * appears once and booking finds the therapist; with one chosen, each slot is theirs.
 */
record SlotChoices(List<Day> days, boolean anyTherapist) {

	/** One slot as a radio button: its value names the start and, when chosen, the therapist. */
	record Choice(String value, ZonedDateTime start, ZonedDateTime end, String therapistName, String locationName) {

		/** What a screen reader announces: the date, the time, who and where. */
		String label() {
			return SessionTimes.shortDay(start) + ", " + SessionTimes.time(start) + " to " + SessionTimes.time(end)
					+ (therapistName == null ? ", any available therapist" : ", with " + therapistName);
		}
	}

	record Day(LocalDate day, String heading, List<Choice> choices) {
	}

	static SlotChoices of(List<OpenSlot> slots, boolean anyTherapist) {
		Map<LocalDate, List<Choice>> days = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (OpenSlot slot : slots) {
			if (anyTherapist && !seen.add(slot.start() + "|" + slot.location().id())) {
				continue;
			}
			ZonedDateTime start = slot.localStart();
			String value = slot.start() + "|" + (anyTherapist ? "" : slot.therapistId()) + "|" + slot.location().id();
			days.computeIfAbsent(start.toLocalDate(), day -> new ArrayList<>())
				.add(new Choice(value, start, slot.localEnd(), anyTherapist ? null : slot.therapistName(), slot.location().name()));
		}
		List<Day> laidOut = new ArrayList<>();
		days.forEach((day, choices) -> laidOut.add(new Day(day, SessionTimes.day(choices.get(0).start()), choices)));
		return new SlotChoices(laidOut, anyTherapist);
	}

	boolean isEmpty() {
		return days.isEmpty();
	}
}
