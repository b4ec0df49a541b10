package org.backcare.scheduling;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backcare.therapies.Service;
import org.backcare.therapies.Skill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open slots for a service: gathers hours, time off, credentials and bookings for the whole practice in a fixed
 * number of statements, however many therapists and days, and lets {@link SlotFinder} do the arithmetic.
 */
@Component
class Availability {

	/**
	 * What a client asks for.
	 *
	 * @param from the first day, on each location's calendar
	 * @param to the last day, included
	 * @param therapistId only this therapist, or null for anyone qualified
	 */
	record Request(Service service, BookingRules rules, Set<Skill> skills, LocalDate from, LocalDate to, Long therapistId,
			Instant now) {
	}

	private record Taken(long therapistId, long roomId, Instant starts, Instant ends) {
	}

	private final Locations locations;

	private final Therapists therapists;

	private final Schedules schedules;

	private final SchedulingSettings settings;

	private final JdbcClient jdbc;

	Availability(Locations locations, Therapists therapists, Schedules schedules, SchedulingSettings settings, JdbcClient jdbc) {
		this.locations = locations;
		this.therapists = therapists;
		this.schedules = schedules;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	List<OpenSlot> search(Request request) {
		List<Therapist> qualified = therapists.active()
			.stream()
			.filter(therapist -> request.therapistId() == null || therapist.id() == request.therapistId())
			.filter(therapist -> therapist.trainedIn(request.skills()))
			.toList();
		if (qualified.isEmpty()) {
			return List.of();
		}
		// a day on any location's calendar lies within a day either side of the same date in UTC
		Instant from = request.from().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant until = request.to().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Taken> taken = taken(from, until);
		Map<Long, List<SlotFinder.Busy>> therapistBusy = busy(taken, Taken::therapistId);
		Map<Long, List<SlotFinder.Busy>> roomBusy = busy(taken, Taken::roomId);
		List<WorkingHours> weekly = schedules.weeklyHours();
		List<WorkingDay> oneOff = schedules.oneOffDays(request.from().minusDays(1), request.to().plusDays(1));
		List<TimeOff> away = schedules.timeOff(from, until);
		Map<Long, String> names = new HashMap<>();
		qualified.forEach(therapist -> names.put(therapist.id(), therapist.name()));

		List<OpenSlot> open = new ArrayList<>();
		for (Location location : locations.all()) {
			if (location.jurisdiction() == null) {
				continue; // L1 can't be checked without it
			}
			List<SlotFinder.Agenda> agendas = new ArrayList<>();
			for (Therapist therapist : qualified) {
				agenda(therapist, location, weekly, oneOff, away, therapistBusy.getOrDefault(therapist.id(), List.of())).ifPresent(agendas::add);
			}
			List<Location.Room> rooms = location.rooms().stream().filter(Location.Room::active).toList();
			if (agendas.isEmpty() || rooms.isEmpty()) {
				continue;
			}
			Map<Long, String> roomNames = new HashMap<>();
			List<SlotFinder.Room> roomTimes = new ArrayList<>();
			for (Location.Room room : rooms) {
				roomNames.put(room.id(), room.name());
				roomTimes.add(new SlotFinder.Room(room.id(), roomBusy.getOrDefault(room.id(), List.of())));
			}
			BookingRules rules = request.rules();
			var search = new SlotFinder.Search(location.zone(), request.from(), request.to(),
					Duration.ofMinutes(request.service().minutes()), rules.bufferBefore(), rules.bufferAfter(),
					settings.slotStep(), request.now().plus(rules.minimumNotice()),
					request.now().plus(Duration.ofDays(rules.horizonDays())), agendas, roomTimes);
			for (SlotFinder.Slot slot : SlotFinder.find(search)) {
				open.add(new OpenSlot(slot.start(), slot.end(), slot.therapistId(), names.get(slot.therapistId()), slot.roomId(),
						roomNames.get(slot.roomId()), location));
			}
		}
		open.sort(Comparator.comparing(OpenSlot::start).thenComparing(OpenSlot::therapistName));
		return open;
	}

	private static Optional<SlotFinder.Agenda> agenda(Therapist therapist, Location location, List<WorkingHours> weekly,
			List<WorkingDay> oneOff, List<TimeOff> away, List<SlotFinder.Busy> booked) {
		Map<DayOfWeek, List<SlotFinder.Window>> week = new HashMap<>();
		weekly.stream()
			.filter(hours -> hours.therapistId() == therapist.id() && hours.locationId() == location.id())
			.forEach(hours -> week.computeIfAbsent(hours.weekday(), day -> new ArrayList<>()).addAll(hours.windows()));
		Map<LocalDate, List<SlotFinder.Window>> days = new HashMap<>();
		Set<Long> locationsWorkedOneOff = new HashSet<>();
		oneOff.stream().filter(day -> day.therapistId() == therapist.id()).forEach(day -> {
			List<SlotFinder.Window> windows = days.computeIfAbsent(day.day(), date -> new ArrayList<>());
			if (day.locationId() == location.id()) {
				windows.add(new SlotFinder.Window(day.starts(), day.ends()));
				locationsWorkedOneOff.add(day.locationId());
			}
		});
		if (week.isEmpty() && locationsWorkedOneOff.isEmpty()) {
			return Optional.empty();
		}
		List<SlotFinder.Busy> busy = new ArrayList<>(booked);
		away.stream()
			.filter(off -> off.therapistId() == therapist.id())
			.forEach(off -> busy.add(new SlotFinder.Busy(off.starts(), off.ends())));
		return Optional.of(new SlotFinder.Agenda(therapist.id(), week, days,
				day -> therapist.licensed(location.jurisdiction(), day), busy));
	}

	private static Map<Long, List<SlotFinder.Busy>> busy(List<Taken> taken, java.util.function.ToLongFunction<Taken> key) {
		return taken.stream()
			.collect(Collectors.groupingBy(t -> key.applyAsLong(t),
					Collectors.mapping(t -> new SlotFinder.Busy(t.starts(), t.ends()), Collectors.toList())));
	}

	/** Everything that holds a therapist or a room, buffers included: bookings, no-shows and holds alike. */
	private List<Taken> taken(Instant from, Instant until) {
		return jdbc.sql("""
				select therapist_id, room_id, lower(blocked) as starts, upper(blocked) as ends from bookings
				where status <> 'CANCELLED' and blocked && tstzrange(:from, :until)""")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, n) -> new Taken(rs.getLong("therapist_id"), rs.getLong("room_id"), rs.getTimestamp("starts").toInstant(),
					rs.getTimestamp("ends").toInstant()))
			.list();
	}
}
