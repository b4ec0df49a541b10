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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.backcare.scheduling.SlotFinder.Agenda;
import org.backcare.scheduling.SlotFinder.Busy;
import org.backcare.scheduling.SlotFinder.Room;
import org.backcare.scheduling.SlotFinder.Search;
import org.backcare.scheduling.SlotFinder.Slot;
import org.backcare.scheduling.SlotFinder.Window;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SlotFinder.find at one busy location: 20 therapists over 60 days, Monday to Saturday 09:00 to 18:00 with a lunch
 * break, calendars 60 % booked, some holidays and days off, one credential lapsing (L1), 60-minute sessions every
 * 30 minutes with 15 minutes after. See bench/README.md for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotFinderBenchmark {

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	static final LocalDate FROM = LocalDate.of(2026, 11, 23);

	static final int DAYS = 60;

	static final int THERAPISTS = 20;

	static final Duration LENGTH = Duration.ofMinutes(60);

	static final Duration BUFFER_AFTER = Duration.ofMinutes(15);

	/** Of 20 therapists' sessions, about this many per room are held here; the rest at other locations. */
	static final int HERE_PER_ROOM = 2;

	@Param({ "2", "4" })
	int rooms;

	/**
	 * How full the calendars are. slots: 60 % of the slots an empty calendar would offer are taken, which takes
	 * sessions in about 18 % of the working time, since each session with its buffer blocks five starts. hours:
	 * sessions fill 60 % of the working time and almost nothing is left open.
	 */
	@Param({ "slots", "hours" })
	String booked;

	Search all;

	Search one;

	@Setup
	public void practice() {
		Random random = new Random(42);
		int chance = booked.equals("slots") ? 12 : 75;
		List<List<Busy>> roomBusy = new ArrayList<>();
		for (int room = 0; room < rooms; room++) {
			roomBusy.add(new ArrayList<>());
		}
		List<Agenda> agendas = new ArrayList<>();
		for (long therapist = 1; therapist <= THERAPISTS; therapist++) {
			agendas.add(therapist(therapist, random, chance, roomBusy));
		}
		List<Room> roomList = new ArrayList<>();
		for (int room = 0; room < rooms; room++) {
			roomList.add(new Room(room + 1, roomBusy.get(room)));
		}
		Instant now = ZonedDateTime.of(FROM.minusDays(1), LocalTime.of(20, 0), ZONE).toInstant();
		all = search(now, agendas, roomList);
		one = search(now, agendas.subList(0, 1), roomList);
	}

	private static Search search(Instant now, List<Agenda> agendas, List<Room> rooms) {
		return new Search(ZONE, FROM, FROM.plusDays(DAYS - 1), LENGTH, Duration.ZERO, BUFFER_AFTER, Duration.ofMinutes(30),
				now.plus(Duration.ofHours(12)), now.plus(Duration.ofDays(90)), agendas, rooms);
	}

	/**
	 * One therapist: weekly hours, a one-off short or free day now and then, a week's holiday for every fourth, and
	 * bookings. Two to four rooms could not hold the sessions of 20 therapists, so most sessions are at the
	 * practice's other locations and about two per room here.
	 */
	private static Agenda therapist(long id, Random random, int chance, List<List<Busy>> rooms) {
		Map<DayOfWeek, List<Window>> weekly = new EnumMap<>(DayOfWeek.class);
		List<Window> day = List.of(new Window(LocalTime.of(9, 0), LocalTime.of(13, 0)),
				new Window(LocalTime.of(14, 0), LocalTime.of(18, 0)));
		for (DayOfWeek weekday : DayOfWeek.values()) {
			if (weekday != DayOfWeek.SUNDAY) {
				weekly.put(weekday, day);
			}
		}
		Map<LocalDate, List<Window>> oneOff = new HashMap<>();
		List<Busy> busy = new ArrayList<>();
		for (int offset = 0; offset < DAYS; offset++) {
			LocalDate date = FROM.plusDays(offset);
			if (random.nextInt(20) == 0) {
				oneOff.put(date, random.nextBoolean() ? List.of() : List.of(new Window(LocalTime.of(10, 0), LocalTime.of(15, 0))));
			}
			for (Window window : oneOff.getOrDefault(date, weekly.getOrDefault(date.getDayOfWeek(), List.of()))) {
				book(date, window, random, chance, busy, rooms);
			}
		}
		if (id % 4 == 0) {
			Instant holiday = ZonedDateTime.of(FROM.plusDays(random.nextInt(DAYS - 7)), LocalTime.MIDNIGHT, ZONE).toInstant();
			busy.add(new Busy(holiday, holiday.plus(Duration.ofDays(7))));
		}
		LocalDate lapses = id == 3 ? FROM.plusDays(40) : LocalDate.MAX; // L1: a credential expiring mid-search
		return new Agenda(id, weekly, oneOff, date -> date.isBefore(lapses), busy);
	}

	/**
	 * Clients book the window from its start: each free start on the 30-minute grid is taken with the chance in
	 * percent; a session here takes the first free room.
	 */
	private static void book(LocalDate date, Window window, Random random, int chance, List<Busy> busy,
			List<List<Busy>> rooms) {
		Instant time = ZonedDateTime.of(date, window.starts(), ZONE).toInstant();
		Instant closes = ZonedDateTime.of(date, window.ends(), ZONE).toInstant();
		while (!time.plus(LENGTH).isAfter(closes)) {
			if (random.nextInt(100) < chance) {
				Busy booking = new Busy(time, time.plus(LENGTH).plus(BUFFER_AFTER));
				busy.add(booking);
				if (random.nextInt(THERAPISTS) < HERE_PER_ROOM * rooms.size()) {
					rooms.stream().filter(room -> room.stream().noneMatch(taken -> overlap(taken, booking))).findFirst()
						.ifPresent(room -> room.add(booking));
				}
				time = time.plus(Duration.ofMinutes(90));
			}
			else {
				time = time.plus(Duration.ofMinutes(30));
			}
		}
	}

	private static boolean overlap(Busy one, Busy other) {
		return one.starts().isBefore(other.ends()) && other.starts().isBefore(one.ends());
	}

	@Benchmark
	public List<Slot> twentyTherapistsSixtyDays() {
		return SlotFinder.find(all);
	}

	@Benchmark
	public List<Slot> oneTherapistSixtyDays() {
		return SlotFinder.find(one);
	}

	/** Prints how full each practice is, to check that the data is what the benchmark claims. */
	public static void main(String[] args) {
		for (String booked : new String[] { "slots", "hours" }) {
			for (int rooms : new int[] { 2, 4 }) {
				SlotFinderBenchmark bench = new SlotFinderBenchmark();
				bench.rooms = rooms;
				bench.booked = booked;
				bench.practice();
				System.out.println(bench.describe());
			}
		}
	}

	private String describe() {
		long working = 0;
		long inSessions = 0;
		for (Agenda agenda : all.agendas()) {
			for (LocalDate date = all.from(); !date.isAfter(all.to()); date = date.plusDays(1)) {
				for (Window window : agenda.on(date)) {
					Instant opens = ZonedDateTime.of(date, window.starts(), ZONE).toInstant();
					Instant closes = ZonedDateTime.of(date, window.ends(), ZONE).toInstant();
					working += Duration.between(opens, closes).toMinutes();
					for (Busy stretch : agenda.busy()) {
						Instant from = stretch.starts().isAfter(opens) ? stretch.starts() : opens;
						Instant session = stretch.ends().minus(BUFFER_AFTER);
						Instant until = session.isBefore(closes) ? session : closes;
						boolean holiday = Duration.between(stretch.starts(), stretch.ends()).toDays() > 0;
						inSessions += holiday ? 0 : Math.max(0, Duration.between(from, until).toMinutes());
					}
				}
			}
		}
		long roomMinutesTaken = all.rooms().stream().flatMap(room -> room.busy().stream())
			.mapToLong(stretch -> Duration.between(stretch.starts(), stretch.ends()).toMinutes()).sum();
		long roomMinutes = (long) rooms * DAYS * 6 / 7 * 9 * 60;
		List<Agenda> emptyCalendars = all.agendas().stream()
			.map(agenda -> new Agenda(agenda.therapistId(), agenda.weekly(), agenda.oneOff(), day -> true, List.of()))
			.toList();
		int possible = SlotFinder.find(new Search(ZONE, all.from(), all.to(), LENGTH, Duration.ZERO, BUFFER_AFTER,
				all.step(), Instant.MIN, Instant.MAX, emptyCalendars, List.of(new Room(1, List.of())))).size();
		int open = SlotFinder.find(all).size();
		return String.format(
				"booked=%s rooms=%d: %d busy stretches, sessions in %.0f %% of working time, rooms %.0f %% taken, %d of %d slots open (%.0f %%)",
				booked, rooms, all.agendas().stream().mapToInt(agenda -> agenda.busy().size()).sum(),
				100.0 * inSessions / working, 100.0 * roomMinutesTaken / roomMinutes, open, possible, 100.0 * open / possible);
	}
}
