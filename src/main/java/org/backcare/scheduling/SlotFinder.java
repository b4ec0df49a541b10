package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the open slots at one location: pure Java, no clock, no database. Slots are laid out on the location's
 * local clock, every {@code step} from midnight, and each local time is then turned into the instants it names that
 * day: none in a gap, so a local time that does not exist is not offered; two in an overlap, so an hour that
 * happens twice offers two distinct instants; one otherwise, so on a daylight-saving day no slot shifts.
 */
final class SlotFinder {

	private SlotFinder() {
	}

	/** Working hours on one day, on the location's local clock; a break splits a day into two windows. */
	record Window(LocalTime starts, LocalTime ends) {
	}

	/** A busy stretch of time: a booking with its buffers, a hold, or time off. */
	record Busy(Instant starts, Instant ends) {
	}

	/**
	 * One therapist at this location.
	 *
	 * @param weekly the usual windows per weekday here
	 * @param oneOff days whose windows here replace the weekly ones (an empty list: not here that day)
	 * @param licensed rule L1, per local day, in this location's jurisdiction
	 * @param busy everything the therapist is already doing, anywhere
	 */
	record Agenda(long therapistId, Map<DayOfWeek, List<Window>> weekly, Map<LocalDate, List<Window>> oneOff,
			Predicate<LocalDate> licensed, List<Busy> busy) {

		List<Window> on(LocalDate day) {
			List<Window> windows = oneOff.get(day);
			return windows != null ? windows : weekly.getOrDefault(day.getDayOfWeek(), List.of());
		}
	}

	/** A room at this location and when it is taken. */
	record Room(long id, List<Busy> busy) {
	}

	/**
	 * @param from the first local day searched
	 * @param to the last local day searched (inclusive)
	 * @param notBefore the earliest start: now plus the service's minimum notice
	 * @param notAfter starts must be before this: the end of the booking horizon
	 */
	record Search(ZoneId zone, LocalDate from, LocalDate to, Duration length, Duration bufferBefore, Duration bufferAfter,
			Duration step, Instant notBefore, Instant notAfter, List<Agenda> agendas, List<Room> rooms) {

		Search {
			if (length.isNegative() || length.isZero() || step.isNegative() || step.isZero() || bufferBefore.isNegative()
					|| bufferAfter.isNegative()) {
				throw new IllegalArgumentException("A slot search needs a positive length and step, and buffers of zero or more");
			}
		}
	}

	record Slot(Instant start, Instant end, long therapistId, long roomId) {
	}

	/** Every open slot, by start time, then in the order the agendas were given. */
	static List<Slot> find(Search search) {
		List<Timeline> rooms = search.rooms().stream().map(room -> new Timeline(room.id(), room.busy())).toList();
		List<Slot> slots = new ArrayList<>();
		for (Agenda agenda : search.agendas()) {
			Timeline therapist = new Timeline(agenda.therapistId(), agenda.busy());
			for (LocalDate day = search.from(); !day.isAfter(search.to()); day = day.plusDays(1)) {
				if (!agenda.licensed().test(day)) { // L1: not offered on a day without a valid credential
					continue;
				}
				for (Window window : joined(agenda.on(day))) {
					for (Instant start : starts(search, day, window)) {
						offer(search, start, agenda.therapistId(), therapist, rooms, slots);
					}
				}
			}
		}
		slots.sort(Comparator.comparing(Slot::start));
		return slots;
	}

	/** Whether a local start time is on the location's slot grid (every step from midnight). */
	static boolean onGrid(LocalTime time, Duration step) {
		return time.toNanoOfDay() % step.toNanos() == 0;
	}

	/**
	 * Windows that overlap or touch joined into one, so that no start is offered twice. Nothing in the schema keeps
	 * two weekly rows for the same day apart.
	 */
	private static List<Window> joined(List<Window> windows) {
		if (windows.size() < 2) {
			return windows;
		}
		List<Window> sorted = new ArrayList<>(windows);
		sorted.sort(Comparator.comparing(Window::starts));
		List<Window> joined = new ArrayList<>();
		Window last = sorted.get(0);
		for (Window next : sorted.subList(1, sorted.size())) {
			if (next.starts().isAfter(last.ends())) {
				joined.add(last);
				last = next;
			}
			else if (next.ends().isAfter(last.ends())) {
				last = new Window(last.starts(), next.ends());
			}
		}
		joined.add(last);
		return joined;
	}

	/**
	 * The instants a session may start in one window: each local time on the grid, at every offset that is valid
	 * for it that day, as long as the session ends by the close of the window. Stepping instants instead would
	 * leave the grid after a clock change that is not a whole number of steps.
	 */
	private static List<Instant> starts(Search search, LocalDate day, Window window) {
		ZoneRules rules = search.zone().getRules();
		Instant opens = ZonedDateTime.of(day, window.starts(), search.zone()).withEarlierOffsetAtOverlap().toInstant();
		Instant closes = ZonedDateTime.of(day, window.ends(), search.zone()).withLaterOffsetAtOverlap().toInstant();
		long step = search.step().toNanos();
		List<Instant> starts = new ArrayList<>();
		long first = Math.floorDiv(window.starts().toNanoOfDay() + step - 1, step) * step;
		for (long time = first; time <= window.ends().toNanoOfDay(); time += step) {
			LocalDateTime local = day.atTime(LocalTime.ofNanoOfDay(time));
			for (ZoneOffset offset : rules.getValidOffsets(local)) { // none in a gap, two in an overlap
				Instant start = local.toInstant(offset);
				if (!start.isBefore(opens) && !start.plus(search.length()).isAfter(closes)) {
					starts.add(start);
				}
			}
		}
		return starts;
	}

	/** Adds the slot in the first room that is free, if the start is bookable and the therapist is free. */
	private static void offer(Search search, Instant start, long therapistId, Timeline therapist, List<Timeline> rooms,
			List<Slot> slots) {
		if (start.isBefore(search.notBefore()) || !start.isBefore(search.notAfter())) {
			return;
		}
		Instant end = start.plus(search.length());
		Instant blockedFrom = start.minus(search.bufferBefore());
		Instant blockedUntil = end.plus(search.bufferAfter());
		if (!therapist.freeBetween(blockedFrom, blockedUntil)) {
			return;
		}
		// Each therapist starts from a room of their own (their id modulo the rooms), so therapists booked for the
		// same time reach for different rooms instead of all queueing on the first one's exclusion constraint.
		int first = rooms.isEmpty() ? 0 : (int) Math.floorMod(therapistId, (long) rooms.size());
		for (int i = 0; i < rooms.size(); i++) {
			Timeline room = rooms.get((first + i) % rooms.size());
			if (room.freeBetween(blockedFrom, blockedUntil)) {
				slots.add(new Slot(start, end, therapistId, room.id));
				return;
			}
		}
	}

	/** Busy stretches sorted and merged, so one binary search answers whether a span is free. */
	private static final class Timeline {

		private final long id;

		private final Instant[] starts;

		private final Instant[] ends;

		Timeline(long id, List<Busy> busy) {
			this.id = id;
			List<Busy> sorted = new ArrayList<>(busy);
			sorted.sort(Comparator.comparing(Busy::starts));
			List<Busy> merged = new ArrayList<>();
			for (Busy next : sorted) {
				Busy last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && !next.starts().isAfter(last.ends())) {
					merged.set(merged.size() - 1, new Busy(last.starts(), next.ends().isAfter(last.ends()) ? next.ends() : last.ends()));
				}
				else {
					merged.add(next);
				}
			}
			this.starts = merged.stream().map(Busy::starts).toArray(Instant[]::new);
			this.ends = merged.stream().map(Busy::ends).toArray(Instant[]::new);
		}

		/** No busy stretch overlaps the time from {@code from} until {@code until}. */
		boolean freeBetween(Instant from, Instant until) {
			int low = 0;
			int high = ends.length;
			while (low < high) { // the first stretch that ends after from
				int middle = (low + high) >>> 1;
				if (ends[middle].isAfter(from)) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			return low == ends.length || !starts[low].isBefore(until);
		}
	}
}
