package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.scheduling.SlotSearches.aSearch;
import static org.backcare.scheduling.SlotSearches.aTherapist;
import static org.backcare.scheduling.SlotSearches.busy;
import static org.backcare.scheduling.SlotSearches.window;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backcare.scheduling.SlotFinder.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slots on the days the clocks change (Cal.com #10517 and #30021 shifted afternoons by an hour): the grid stays on
 * the location's local clock, a local time that does not exist is not offered and one that happens twice is
 * offered at both instants.
 */
class SlotFinderDaylightSavingTests {

	/**
	 * A day the clocks change and what a night therapist working 00:00 to 05:00 is offered on it: 60-minute sessions
	 * every 30 minutes, each written as local time and offset, in the order they happen.
	 */
	record ClockChange(String zone, LocalDate day, ZoneOffset atNine, List<String> night) {

		ZoneId zoneId() {
			return ZoneId.of(zone);
		}

		boolean springsForward() {
			return night.size() < ORDINARY_NIGHT.size();
		}

		@Override
		public String toString() {
			return zone + " " + day + (springsForward() ? " spring forward" : " fall back");
		}
	}

	static final List<String> ORDINARY_DAY = List.of("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30",
			"13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00");

	static final List<String> ORDINARY_NIGHT = List.of("00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30",
			"04:00");

	static Stream<ClockChange> clockChanges() {
		return Stream.of(
				new ClockChange("America/New_York", LocalDate.of(2026, 3, 8), ZoneOffset.ofHours(-4),
						List.of("00:00-05:00", "00:30-05:00", "01:00-05:00", "01:30-05:00", "03:00-04:00", "03:30-04:00",
								"04:00-04:00")),
				new ClockChange("America/New_York", LocalDate.of(2026, 11, 1), ZoneOffset.ofHours(-5),
						List.of("00:00-04:00", "00:30-04:00", "01:00-04:00", "01:30-04:00", "01:00-05:00", "01:30-05:00",
								"02:00-05:00", "02:30-05:00", "03:00-05:00", "03:30-05:00", "04:00-05:00")),
				new ClockChange("Europe/Berlin", LocalDate.of(2026, 3, 29), ZoneOffset.ofHours(2),
						List.of("00:00+01:00", "00:30+01:00", "01:00+01:00", "01:30+01:00", "03:00+02:00", "03:30+02:00",
								"04:00+02:00")),
				new ClockChange("Europe/Berlin", LocalDate.of(2026, 10, 25), ZoneOffset.ofHours(1),
						List.of("00:00+02:00", "00:30+02:00", "01:00+02:00", "01:30+02:00", "02:00+02:00", "02:30+02:00",
								"02:00+01:00", "02:30+01:00", "03:00+01:00", "03:30+01:00", "04:00+01:00")),
				new ClockChange("Australia/Sydney", LocalDate.of(2026, 4, 5), ZoneOffset.ofHours(10),
						List.of("00:00+11:00", "00:30+11:00", "01:00+11:00", "01:30+11:00", "02:00+11:00", "02:30+11:00",
								"02:00+10:00", "02:30+10:00", "03:00+10:00", "03:30+10:00", "04:00+10:00")),
				new ClockChange("Australia/Sydney", LocalDate.of(2026, 10, 4), ZoneOffset.ofHours(11),
						List.of("00:00+10:00", "00:30+10:00", "01:00+10:00", "01:30+10:00", "03:00+11:00", "03:30+11:00",
								"04:00+11:00")));
	}

	private static List<String> localTimes(List<Slot> slots, ZoneId zone) {
		return slots.stream().map(slot -> LocalTime.ofInstant(slot.start(), zone).toString()).toList();
	}

	private static List<String> withOffsets(List<Slot> slots, ZoneId zone) {
		return slots.stream().map(slot -> slot.start().atZone(zone).toOffsetDateTime().toOffsetTime().toString()).toList();
	}

	private static void assertEachLastsAndIsOfferedOnce(List<Slot> slots, Duration length) {
		assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(length));
		assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clockChanges")
	void dayHoursKeepTheirLocalTimesAndTheNewOffset(ClockChange change) {
		ZoneId zone = change.zoneId();
		var therapist = aTherapist(1).worksEveryDay(window("9:00", "17:00"));

		List<Slot> slots = aSearch().in(zone).on(change.day()).with(therapist).find();
		List<Slot> weekBefore = aSearch().in(zone).on(change.day().minusWeeks(1)).with(therapist).find();

		assertThat(localTimes(slots, zone)).isEqualTo(ORDINARY_DAY).isEqualTo(localTimes(weekBefore, zone));
		assertThat(slots).allSatisfy(slot -> assertThat(slot.start().atZone(zone).getOffset()).isEqualTo(change.atNine()));
		assertThat(slots.get(0).start()).isEqualTo(change.day().atTime(9, 0).toInstant(change.atNine()));
		assertEachLastsAndIsOfferedOnce(slots, Duration.ofHours(1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clockChanges")
	void anAfternoonBookingBlocksTheSameLocalTimesAsOnAnOrdinaryDay(ClockChange change) {
		ZoneId zone = change.zoneId();
		var booked = busy(ZonedDateTime.of(change.day(), LocalTime.of(14, 0), zone).toInstant(),
				ZonedDateTime.of(change.day(), LocalTime.of(15, 0), zone).toInstant());

		var slots = aSearch().in(zone).on(change.day()).with(aTherapist(1).worksEveryDay(window("9:00", "17:00")).busy(booked))
			.find();

		assertThat(localTimes(slots, zone)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00",
				"12:30", "13:00", "15:00", "15:30", "16:00");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clockChanges")
	void nightHoursAcrossTheChangeOfferEachExistingLocalTimeAtEachOfItsInstants(ClockChange change) {
		ZoneId zone = change.zoneId();

		var slots = aSearch().in(zone).on(change.day()).with(aTherapist(1).worksEveryDay(window("0:00", "5:00"))).find();

		assertThat(withOffsets(slots, zone)).isEqualTo(change.night());
		assertEachLastsAndIsOfferedOnce(slots, Duration.ofHours(1));
		assertThat(slots).allSatisfy(slot -> assertThat(
				SlotFinder.onGrid(LocalTime.ofInstant(slot.start(), zone), Duration.ofMinutes(30))).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clockChanges")
	void theMissingHourIsNotOfferedAndTheRepeatedHourIsOfferedTwice(ClockChange change) {
		ZoneId zone = change.zoneId();

		var slots = aSearch().in(zone).on(change.day()).with(aTherapist(1).worksEveryDay(window("0:00", "5:00"))).find();

		Map<String, Long> timesOffered = slots.stream()
			.collect(Collectors.groupingBy(slot -> LocalTime.ofInstant(slot.start(), zone).toString(), TreeMap::new,
					Collectors.counting()));
		List<String> missing = new ArrayList<>(ORDINARY_NIGHT);
		missing.removeAll(timesOffered.keySet());
		List<String> twice = timesOffered.entrySet().stream().filter(entry -> entry.getValue() == 2).map(Map.Entry::getKey).toList();
		if (change.springsForward()) {
			assertThat(missing).containsExactly("02:00", "02:30");
			assertThat(twice).isEmpty();
		}
		else {
			assertThat(missing).isEmpty();
			assertThat(twice).hasSize(2);
		}
		assertThat(timesOffered.values()).allMatch(times -> times <= 2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clockChanges")
	void aWeekAroundTheChangeSearchedAtOnceGivesEachDayItsOwnSlots(ClockChange change) {
		ZoneId zone = change.zoneId();
		LocalDate first = change.day().minusDays(3);
		var day = aTherapist(1).worksEveryDay(window("9:00", "17:00"));
		var night = aTherapist(2).worksEveryDay(window("0:00", "5:00"));

		var week = aSearch().in(zone).from(first).to(first.plusDays(6)).with(day).with(night).room(1).room(2).find();

		Map<LocalDate, List<Slot>> byDay = week.stream()
			.collect(Collectors.groupingBy(slot -> LocalDate.ofInstant(slot.start(), zone), TreeMap::new, Collectors.toList()));
		assertThat(byDay).hasSize(7);
		byDay.forEach((date, slots) -> {
			List<Slot> days = slots.stream().filter(slot -> slot.therapistId() == 1).toList();
			List<Slot> nights = slots.stream().filter(slot -> slot.therapistId() == 2).toList();
			assertThat(localTimes(days, zone)).as("day hours on %s", date).isEqualTo(ORDINARY_DAY);
			if (date.equals(change.day())) {
				assertThat(withOffsets(nights, zone)).isEqualTo(change.night());
			}
			else {
				assertThat(localTimes(nights, zone)).as("night hours on %s", date).isEqualTo(ORDINARY_NIGHT);
			}
			assertThat(slots).isEqualTo(aSearch().in(zone).on(date).with(day).with(night).room(1).room(2).find());
		});
		assertEachLastsAndIsOfferedOnce(week.stream().filter(slot -> slot.therapistId() == 2).toList(), Duration.ofHours(1));
	}

	@Test
	void aCoarseGridSkipsTheMissingTimeWithoutShiftingTheRest() {
		ZoneId newYork = ZoneId.of("America/New_York");

		var slots = aSearch().in(newYork).on(LocalDate.of(2026, 3, 8)).everyMinutes(120)
			.with(aTherapist(1).worksEveryDay(window("0:00", "8:00")))
			.find();

		assertThat(withOffsets(slots, newYork)).containsExactly("00:00-05:00", "04:00-04:00", "06:00-04:00");
	}

	@Test
	void aCoarseGridKeepsItsLocalTimesAcrossFallBack() {
		ZoneId newYork = ZoneId.of("America/New_York");

		var slots = aSearch().in(newYork).on(LocalDate.of(2026, 11, 1)).everyMinutes(120)
			.with(aTherapist(1).worksEveryDay(window("0:00", "8:00")))
			.find();

		assertThat(withOffsets(slots, newYork)).containsExactly("00:00-04:00", "02:00-05:00", "04:00-05:00", "06:00-05:00");
	}

	@Test
	void aHalfHourClockChangeKeepsAnHourlyGridOnTheHour() {
		// Lord Howe Island moves its clocks by 30 minutes
		ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
		var therapist = aTherapist(1).worksEveryDay(window("0:00", "5:00"));

		var spring = aSearch().in(lordHowe).on(LocalDate.of(2026, 10, 4)).everyMinutes(60).with(therapist).find();
		var autumn = aSearch().in(lordHowe).on(LocalDate.of(2026, 4, 5)).everyMinutes(60).with(therapist).find();

		assertThat(withOffsets(spring, lordHowe)).containsExactly("00:00+10:30", "01:00+10:30", "03:00+11:00", "04:00+11:00");
		assertThat(withOffsets(autumn, lordHowe)).containsExactly("00:00+11:00", "01:00+11:00", "02:00+10:30", "03:00+10:30",
				"04:00+10:30");
		assertEachLastsAndIsOfferedOnce(spring, Duration.ofHours(1));
		assertEachLastsAndIsOfferedOnce(autumn, Duration.ofHours(1));
	}
}
