package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the open slots at one location: pure Java, no clock, no database. Slots are laid out on the location's
 * local clock (every {@code step} from midnight) and then walked as instants, so on a daylight-saving day no slot
 * shifts by an hour, a local time that does not exist is not offered, and an hour that happens twice offers two
 * distinct instants rather than one twice.
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
				if (!agenda.licensed().test(day)) {
					continue;
				}
				for (Window window : agenda.on(day)) {
					addSlots(search, day, window, agenda.therapistId(), therapist, rooms, slots);
				}
			}
		}
		slots.sort(Comparator.comparing(Slot::start));
		return slots;
	}

	/** Whether a local start time is on the location's slot grid (every step from midnight). */
	static boolean onGrid(LocalTime time, Duration step) {
		long seconds = time.toSecondOfDay();
		return time.getNano() == 0 && seconds % step.toSeconds() == 0;
	}

	private static void addSlots(Search search, LocalDate day, Window window, long therapistId, Timeline therapist,
			List<Timeline> rooms, List<Slot> slots) {
		ZonedDateTime opens = ZonedDateTime.of(day, window.starts(), search.zone()).withEarlierOffsetAtOverlap();
		Instant closes = ZonedDateTime.of(day, window.ends(), search.zone()).withLaterOffsetAtOverlap().toInstant();
		Instant start = firstOnGrid(opens, search.step());
		for (; !start.plus(search.length()).isAfter(closes); start = start.plus(search.step())) {
			if (start.isBefore(search.notBefore()) || !start.isBefore(search.notAfter())) {
				continue;
			}
			Instant end = start.plus(search.length());
			Instant blockedFrom = start.minus(search.bufferBefore());
			Instant blockedUntil = end.plus(search.bufferAfter());
			if (!therapist.freeBetween(blockedFrom, blockedUntil)) {
				continue;
			}
			for (Timeline room : rooms) {
				if (room.freeBetween(blockedFrom, blockedUntil)) {
					slots.add(new Slot(start, end, therapistId, room.id));
					break;
				}
			}
		}
	}

	/** The first instant at or after {@code opens} whose local time is on the grid. */
	private static Instant firstOnGrid(ZonedDateTime opens, Duration step) {
		long seconds = opens.toLocalTime().toSecondOfDay();
		long late = Math.floorMod(seconds, step.toSeconds());
		ZonedDateTime first = late == 0 && opens.getNano() == 0 ? opens : opens.withNano(0).plusSeconds(step.toSeconds() - late);
		return first.toInstant();
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
