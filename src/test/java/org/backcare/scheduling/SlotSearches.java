package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backcare.scheduling.SlotFinder.Agenda;
import org.backcare.scheduling.SlotFinder.Busy;
import org.backcare.scheduling.SlotFinder.Room;
import org.backcare.scheduling.SlotFinder.Search;
import org.backcare.scheduling.SlotFinder.Slot;
import org.backcare.scheduling.SlotFinder.Window;

/**
 * Slot searches for tests: {@code aSearch().with(aTherapist(1).works(MONDAY, 9, 17)).find()}. Unless told otherwise:
 * Monday 7 December 2026 in America/Chicago, one free room, 60-minute sessions every 30 minutes, no buffers, no
 * notice and no horizon.
 */
final class SlotSearches {

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private ZoneId zone = CHICAGO;

	private LocalDate from = MONDAY;

	private LocalDate to = MONDAY;

	private Duration length = Duration.ofMinutes(60);

	private Duration bufferBefore = Duration.ZERO;

	private Duration bufferAfter = Duration.ZERO;

	private Duration step = Duration.ofMinutes(30);

	private Instant notBefore = Instant.EPOCH;

	private Instant notAfter = Instant.parse("2100-01-01T00:00:00Z");

	private final List<Agendas> therapists = new ArrayList<>();

	private List<Room> rooms; // none given: one free room

	private SlotSearches() {
	}

	static SlotSearches aSearch() {
		return new SlotSearches();
	}

	static Agendas aTherapist(long id) {
		return new Agendas(id);
	}

	/** A local time on the default Monday in Chicago, as an instant. */
	static Instant at(String time) {
		return at(MONDAY, time);
	}

	static Instant at(LocalDate day, String time) {
		return ZonedDateTime.of(day, LocalTime.parse(time), CHICAGO).toInstant();
	}

	static Busy busy(Instant starts, Instant ends) {
		return new Busy(starts, ends);
	}

	/** Busy on the default Monday in Chicago, from one local time until another. */
	static Busy busy(String starts, String ends) {
		return busy(at(starts), at(ends));
	}

	SlotSearches in(ZoneId zone) {
		this.zone = zone;
		return this;
	}

	SlotSearches on(LocalDate day) {
		return from(day).to(day);
	}

	SlotSearches from(LocalDate day) {
		this.from = day;
		return this;
	}

	SlotSearches to(LocalDate day) {
		this.to = day;
		return this;
	}

	SlotSearches minutes(int length) {
		this.length = Duration.ofMinutes(length);
		return this;
	}

	SlotSearches everyMinutes(int step) {
		this.step = Duration.ofMinutes(step);
		return this;
	}

	SlotSearches buffers(int before, int after) {
		this.bufferBefore = Duration.ofMinutes(before);
		this.bufferAfter = Duration.ofMinutes(after);
		return this;
	}

	SlotSearches notBefore(Instant earliest) {
		this.notBefore = earliest;
		return this;
	}

	SlotSearches notAfter(Instant horizon) {
		this.notAfter = horizon;
		return this;
	}

	SlotSearches with(Agendas therapist) {
		therapists.add(therapist);
		return this;
	}

	SlotSearches room(long id, Busy... busy) {
		noRooms().rooms.add(new Room(id, List.of(busy)));
		return this;
	}

	SlotSearches noRooms() {
		if (rooms == null) {
			rooms = new ArrayList<>();
		}
		return this;
	}

	Search search() {
		return new Search(zone, from, to, length, bufferBefore, bufferAfter, step, notBefore, notAfter,
				therapists.stream().map(Agendas::agenda).toList(), rooms == null ? List.of(new Room(1, List.of())) : rooms);
	}

	List<Slot> find() {
		return SlotFinder.find(search());
	}

	/** One therapist's hours, days off, licence and bookings. */
	static final class Agendas {

		private final long id;

		private final Map<DayOfWeek, List<Window>> weekly = new EnumMap<>(DayOfWeek.class);

		private final Map<LocalDate, List<Window>> oneOff = new HashMap<>();

		private final Set<LocalDate> unlicensed = new HashSet<>();

		private final List<Busy> busy = new ArrayList<>();

		private Agendas(long id) {
			this.id = id;
		}

		/** Works this weekday from one hour until another, e.g. 9 to 17. */
		Agendas works(DayOfWeek day, int fromHour, int untilHour) {
			return works(day, window(fromHour + ":00", untilHour + ":00"));
		}

		Agendas works(DayOfWeek day, Window... windows) {
			weekly.put(day, List.of(windows));
			return this;
		}

		Agendas worksEveryDay(Window... windows) {
			for (DayOfWeek day : DayOfWeek.values()) {
				works(day, windows);
			}
			return this;
		}

		/** A one-off day: these windows replace the weekly ones; none means not here that day. */
		Agendas onlyOn(LocalDate day, Window... windows) {
			oneOff.put(day, List.of(windows));
			return this;
		}

		/** L1: no valid credential on this day. */
		Agendas unlicensedOn(LocalDate day) {
			unlicensed.add(day);
			return this;
		}

		Agendas busy(Busy... stretches) {
			busy.addAll(List.of(stretches));
			return this;
		}

		Agenda agenda() {
			return new Agenda(id, weekly, oneOff, day -> !unlicensed.contains(day), busy);
		}
	}

	/** A window on the local clock, e.g. window("9:00", "12:30"). */
	static Window window(String starts, String ends) {
		return new Window(time(starts), time(ends));
	}

	private static LocalTime time(String text) {
		return LocalTime.parse(text.indexOf(':') == 1 ? "0" + text : text);
	}
}
