package org.backcare.scheduling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.backcare.scheduling.SlotSearches.CHICAGO;
import static org.backcare.scheduling.SlotSearches.aSearch;
import static org.backcare.scheduling.SlotSearches.aTherapist;
import static org.backcare.scheduling.SlotSearches.at;
import static org.backcare.scheduling.SlotSearches.busy;
import static org.backcare.scheduling.SlotSearches.window;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.backcare.scheduling.SlotFinder.Slot;
import org.junit.jupiter.api.Test;

class SlotFinderTests {

	static final LocalDate MON = SlotSearches.MONDAY;

	static final LocalDate TUE = MON.plusDays(1);

	static final LocalDate WED = MON.plusDays(2);

	static final LocalDate SUN = MON.minusDays(1);

	private static List<String> starts(List<Slot> slots) {
		return slots.stream().map(slot -> LocalTime.ofInstant(slot.start(), CHICAGO).toString()).toList();
	}

	private static List<String> startsWithDays(List<Slot> slots) {
		return slots.stream().map(slot -> LocalDateTime.ofInstant(slot.start(), CHICAGO).toString()).toList();
	}

	private static List<String> startsOf(List<Slot> slots, long therapist) {
		return starts(slots.stream().filter(slot -> slot.therapistId() == therapist).toList());
	}

	@Test
	void offersEveryStepFromMidnightWhileTheSessionFitsTheHours() {
		List<Slot> slots = aSearch().with(aTherapist(7).works(MONDAY, 9, 12)).find();

		assertThat(starts(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
		assertThat(slots).allSatisfy(slot -> {
			assertThat(Duration.between(slot.start(), slot.end())).hasMinutes(60);
			assertThat(slot.therapistId()).isEqualTo(7);
			assertThat(slot.roomId()).isEqualTo(1);
		});
	}

	@Test
	void theGridCountsFromMidnightNotFromTheStartOfTheHours() {
		var slots = aSearch().everyMinutes(45).with(aTherapist(1).works(MONDAY, window("10:00", "13:00"))).find();

		// 10:00 is not a multiple of 45 minutes after midnight; 10:30 is (14 × 45)
		assertThat(starts(slots)).containsExactly("10:30", "11:15", "12:00");
	}

	@Test
	void hoursStartingOffTheGridBeginAtTheNextGridTime() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, window("9:10", "12:00"))).find();

		assertThat(starts(slots)).containsExactly("09:30", "10:00", "10:30", "11:00");
	}

	@Test
	void hoursStartingOneSecondPastTheGridBeginAtTheNextGridTime() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, window("9:00:01", "11:00"))).find();

		assertThat(starts(slots)).containsExactly("09:30", "10:00");
	}

	@Test
	void aBreakSplitsTheDayAndNoSessionRunsIntoIt() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, window("9:00", "12:00"), window("13:00", "15:00"))).find();

		assertThat(starts(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "13:00", "13:30", "14:00");
	}

	@Test
	void aSessionLongerThanTheHoursIsNeverOffered() {
		var therapist = aTherapist(1).works(MONDAY, 9, 11);

		assertThat(starts(aSearch().minutes(90).with(therapist).find())).containsExactly("09:00", "09:30");
		assertThat(starts(aSearch().minutes(120).with(therapist).find())).containsExactly("09:00");
		assertThat(aSearch().minutes(150).with(therapist).find()).isEmpty();
	}

	@Test
	void aSessionMayEndExactlyWhenTheHoursEnd() {
		var slots = aSearch().minutes(50).everyMinutes(10).with(aTherapist(1).works(MONDAY, 9, 10)).find();

		assertThat(starts(slots)).containsExactly("09:00", "09:10");
		assertThat(slots.get(1).end()).isEqualTo(at("10:00"));
	}

	@Test
	void buffersKeepANewSessionAwayFromTheTherapistsBookings() {
		var therapist = aTherapist(1).works(MONDAY, 9, 14).busy(busy("11:00", "12:00"));

		assertThat(starts(aSearch().with(therapist).find()))
			.containsExactly("09:00", "09:30", "10:00", "12:00", "12:30", "13:00");
		assertThat(starts(aSearch().buffers(15, 0).with(therapist).find()))
			.containsExactly("09:00", "09:30", "10:00", "12:30", "13:00");
		assertThat(starts(aSearch().buffers(0, 15).with(therapist).find()))
			.containsExactly("09:00", "09:30", "12:00", "12:30", "13:00");
		assertThat(starts(aSearch().buffers(30, 30).with(therapist).find())).containsExactly("09:00", "09:30", "12:30", "13:00");
		assertThat(starts(aSearch().buffers(31, 31).with(therapist).find())).containsExactly("09:00", "13:00");
	}

	@Test
	void buffersKeepANewSessionAwayFromTheRoomsBookings() {
		var search = aSearch().with(aTherapist(1).works(MONDAY, 9, 14)).room(1, busy("11:00", "12:00"));

		assertThat(starts(search.find())).containsExactly("09:00", "09:30", "10:00", "12:00", "12:30", "13:00");
		assertThat(starts(search.buffers(15, 15).find())).containsExactly("09:00", "09:30", "12:30", "13:00");
	}

	@Test
	void aBufferMayReachBeyondTheWorkingHours() {
		// set-up before the first session of the day and clean-up after the last are the practice's business
		var slots = aSearch().buffers(15, 15).with(aTherapist(1).works(MONDAY, 9, 11)).find();

		assertThat(starts(slots)).containsExactly("09:00", "09:30", "10:00");
	}

	@Test
	void bookingsThatOnlyTouchTheSessionLeaveItFree() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, 9, 13).busy(busy("10:00", "11:00")))
			.room(1, busy("12:00", "13:00"))
			.find();

		assertThat(starts(slots)).containsExactly("09:00", "11:00");
	}

	@Test
	void timeOffBlocksEverythingItCovers() {
		var therapist = aTherapist(1).works(MONDAY, 9, 12)
			.works(TUESDAY, 9, 12)
			.works(WEDNESDAY, 9, 12)
			.busy(busy(at(MON, "10:30"), at(WED, "10:00")));

		var slots = aSearch().from(MON).to(WED).with(therapist).find();

		assertThat(startsWithDays(slots)).containsExactly("2026-12-07T09:00", "2026-12-07T09:30", "2026-12-09T10:00",
				"2026-12-09T10:30", "2026-12-09T11:00");
	}

	@Test
	void overlappingAndNestedBusyStretchesBlockTheirWholeUnion() {
		// given out of order, one nested inside a longer one, one overlapping its end
		var therapist = aTherapist(1).works(MONDAY, 8, 18)
			.busy(busy("12:30", "13:00"), busy("10:00", "14:00"), busy("10:30", "11:00"), busy("13:30", "15:00"),
					busy("15:00", "15:30"));

		var slots = aSearch().with(therapist).find();

		assertThat(starts(slots)).containsExactly("08:00", "08:30", "09:00", "15:30", "16:00", "16:30", "17:00");
	}

	@Test
	void aBusyStretchAcrossMidnightBlocksTheNextMorning() {
		var therapist = aTherapist(1).works(MONDAY, 9, 11).works(TUESDAY, 9, 11).busy(busy(at(MON, "10:30"), at(TUE, "10:00")));

		var slots = aSearch().from(MON).to(TUE).with(therapist).find();

		assertThat(startsWithDays(slots)).containsExactly("2026-12-07T09:00", "2026-12-07T09:30", "2026-12-08T10:00");
	}

	@Test
	void minimumNoticeLeavesOutStartsBeforeTheEarliestStart() {
		var therapist = aTherapist(1).works(MONDAY, 9, 12);

		assertThat(starts(aSearch().notBefore(at("10:15")).with(therapist).find())).containsExactly("10:30", "11:00");
		assertThat(starts(aSearch().notBefore(at("10:30")).with(therapist).find())).containsExactly("10:30", "11:00");
	}

	@Test
	void theHorizonLeavesOutStartsFromItsEnd() {
		var therapist = aTherapist(1).works(MONDAY, 9, 12).works(TUESDAY, 9, 12);

		assertThat(startsWithDays(aSearch().from(MON).to(TUE).notAfter(at(MON, "10:00")).with(therapist).find()))
			.containsExactly("2026-12-07T09:00", "2026-12-07T09:30");
		assertThat(startsWithDays(aSearch().from(MON).to(TUE).notAfter(at(MON, "10:01")).with(therapist).find()))
			.containsExactly("2026-12-07T09:00", "2026-12-07T09:30", "2026-12-07T10:00");
	}

	@Test
	void aTherapistWithoutAValidCredentialThatDayIsNotOfferedThatDay() {
		// L1: licensure is checked per session date
		var lapsed = aTherapist(1).works(MONDAY, 9, 11).works(TUESDAY, 9, 11).works(WEDNESDAY, 9, 11).unlicensedOn(TUE);
		var licensed = aTherapist(2).works(TUESDAY, 9, 11);

		var slots = aSearch().from(MON).to(WED).with(lapsed).with(licensed).room(1).room(2).find();

		assertThat(slots).filteredOn(slot -> slot.therapistId() == 1)
			.extracting(slot -> LocalDate.ofInstant(slot.start(), CHICAGO))
			.containsOnly(MON, WED)
			.hasSize(6);
		assertThat(startsOf(slots, 2)).containsExactly("09:00", "09:30", "10:00");
	}

	@Test
	void aOneOffDayReplacesTheWeeklyHours() {
		var therapist = aTherapist(1).works(MONDAY, 9, 17).onlyOn(MON, window("14:00", "16:00"));

		assertThat(starts(aSearch().with(therapist).find())).containsExactly("14:00", "14:30", "15:00");
	}

	@Test
	void aOneOffDayWithoutHoursMeansNotHereThatDay() {
		var therapist = aTherapist(1).works(MONDAY, 9, 12).works(TUESDAY, 9, 12).onlyOn(MON);

		var slots = aSearch().from(MON).to(TUE).with(therapist).find();

		assertThat(slots).extracting(slot -> LocalDate.ofInstant(slot.start(), CHICAGO)).containsOnly(TUE).hasSize(5);
	}

	@Test
	void aOneOffDayAddsHoursOnADayTheTherapistUsuallyDoesNotWork() {
		var therapist = aTherapist(1).works(MONDAY, 9, 12).onlyOn(SUN, window("10:00", "12:00"));

		var slots = aSearch().from(SUN).to(MON).with(therapist).find();

		assertThat(startsWithDays(slots)).containsExactly("2026-12-06T10:00", "2026-12-06T10:30", "2026-12-06T11:00",
				"2026-12-07T09:00", "2026-12-07T09:30", "2026-12-07T10:00", "2026-12-07T10:30", "2026-12-07T11:00");
	}

	@Test
	void eachWeekdayHasItsOwnHours() {
		var therapist = aTherapist(1).works(MONDAY, 9, 11).works(WEDNESDAY, 14, 16).works(SATURDAY, 8, 9);

		var slots = aSearch().from(SUN).to(SUN.plusDays(6)).with(therapist).find();

		assertThat(startsWithDays(slots)).containsExactly("2026-12-07T09:00", "2026-12-07T09:30", "2026-12-07T10:00",
				"2026-12-09T14:00", "2026-12-09T14:30", "2026-12-09T15:00", "2026-12-12T08:00");
	}

	@Test
	void theFirstFreeRoomIsChosenStartingFromTheTherapistsOwn() {
		// therapist 3 of three rooms starts from the first room (3 modulo 3)
		var slots = aSearch().with(aTherapist(3).works(MONDAY, 9, 12))
			.room(10, busy("09:00", "10:00"))
			.room(20, busy("10:00", "11:30"))
			.room(30)
			.find();

		assertThat(slots).extracting(slot -> LocalTime.ofInstant(slot.start(), CHICAGO) + " " + slot.roomId())
			.containsExactly("09:00 20", "09:30 30", "10:00 10", "10:30 10", "11:00 10");
	}

	@Test
	void therapistsBookedForTheSameTimeStartFromDifferentRooms() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, 9, 10)).with(aTherapist(2).works(MONDAY, 9, 10)).room(10).room(20).find();

		assertThat(slots).extracting(slot -> slot.therapistId() + " " + slot.roomId()).containsExactlyInAnyOrder("1 20", "2 10");
	}

	@Test
	void noSlotWhileEveryRoomIsTaken() {
		var slots = aSearch().with(aTherapist(2).works(MONDAY, 9, 12))
			.room(10, busy("09:00", "10:30"))
			.room(20, busy("09:30", "11:00"))
			.find();

		assertThat(slots).extracting(slot -> LocalTime.ofInstant(slot.start(), CHICAGO) + " " + slot.roomId())
			.containsExactly("10:30 10", "11:00 10");
	}

	@Test
	void aLocationWithoutRoomsOffersNothing() {
		assertThat(aSearch().with(aTherapist(1).works(MONDAY, 9, 12)).noRooms().find()).isEmpty();
	}

	@Test
	void twoTherapistsSharingOneRoomAreEachOfferedItUntilItIsBooked() {
		// each slot is one option: whichever is booked first takes the room, the database refuses the other
		var slots = aSearch().with(aTherapist(1).works(MONDAY, 9, 11))
			.with(aTherapist(2).works(MONDAY, 9, 11))
			.room(5, busy("09:30", "10:00"))
			.find();

		assertThat(slots).extracting(slot -> LocalTime.ofInstant(slot.start(), CHICAGO) + " " + slot.therapistId() + " "
				+ slot.roomId())
			.containsExactly("10:00 1 5", "10:00 2 5");
	}

	@Test
	void oneTherapistsBookingDoesNotBlockAnotherTherapist() {
		var slots = aSearch().with(aTherapist(1).works(MONDAY, 9, 11).busy(busy("09:00", "11:00")))
			.with(aTherapist(2).works(MONDAY, 9, 11))
			.room(1)
			.room(2)
			.find();

		assertThat(startsOf(slots, 1)).isEmpty();
		assertThat(startsOf(slots, 2)).containsExactly("09:00", "09:30", "10:00");
	}

	@Test
	void slotsComeByStartThenInTheOrderTheTherapistsWereGiven() {
		var slots = aSearch().from(MON).to(TUE)
			.with(aTherapist(3).works(MONDAY, 10, 12).works(TUESDAY, 9, 10))
			.with(aTherapist(1).works(MONDAY, 9, 11))
			.with(aTherapist(2).works(MONDAY, 11, 12).works(TUESDAY, 8, 10))
			.find();

		assertThat(slots).isSortedAccordingTo(Comparator.comparing(Slot::start));
		assertThat(slots).extracting(slot -> LocalDateTime.ofInstant(slot.start(), CHICAGO) + " " + slot.therapistId())
			.containsExactly("2026-12-07T09:00 1", "2026-12-07T09:30 1", "2026-12-07T10:00 3", "2026-12-07T10:00 1",
					"2026-12-07T10:30 3", "2026-12-07T11:00 3", "2026-12-07T11:00 2", "2026-12-08T08:00 2",
					"2026-12-08T08:30 2", "2026-12-08T09:00 3", "2026-12-08T09:00 2");
	}

	@Test
	void overlappingHoursOfferEachStartOnce() {
		// two weekly rows for one day that overlap: nothing in the schema forbids them
		var therapist = aTherapist(1).works(MONDAY, window("9:00", "11:00"), window("10:00", "12:00"), window("11:00", "12:00"));

		assertThat(starts(aSearch().with(therapist).find()))
			.containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
	}

	@Test
	void touchingHoursJoinIntoOneStretch() {
		var therapist = aTherapist(1).works(MONDAY, window("10:00", "11:00"), window("9:00", "10:00"));

		assertThat(starts(aSearch().with(therapist).find())).containsExactly("09:00", "09:30", "10:00");
	}

	@Test
	void aSearchWithoutTherapistsOrDaysFindsNothing() {
		assertThat(aSearch().find()).isEmpty();
		assertThat(aSearch().from(TUE).to(MON).with(aTherapist(1).works(MONDAY, 9, 12)).find()).isEmpty();
	}

	@Test
	void refusesAStepOrLengthThatIsNotPositiveAndNegativeBuffers() {
		assertThatIllegalArgumentException().isThrownBy(() -> aSearch().everyMinutes(0).search());
		assertThatIllegalArgumentException().isThrownBy(() -> aSearch().minutes(0).search());
		assertThatIllegalArgumentException().isThrownBy(() -> aSearch().buffers(-5, 0).search());
		assertThatIllegalArgumentException().isThrownBy(() -> aSearch().buffers(0, -5).search());
	}

	@Test
	void aStartIsOnTheGridWhenItIsAWholeNumberOfStepsAfterMidnight() {
		Duration half = Duration.ofMinutes(30);
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 30), half)).isTrue();
		assertThat(SlotFinder.onGrid(LocalTime.MIDNIGHT, half)).isTrue();
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 15), half)).isFalse();
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 30, 1), half)).isFalse();
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 30, 0, 1), half)).isFalse();
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 30), Duration.ofMinutes(45))).isTrue();
		assertThat(SlotFinder.onGrid(LocalTime.of(10, 0), Duration.ofMinutes(45))).isFalse();
	}

	@Test
	void everyOfferedStartIsOnTheGrid() {
		var slots = aSearch().from(MON).to(WED).everyMinutes(20).minutes(45)
			.with(aTherapist(1).works(MONDAY, window("8:05", "12:00"), window("12:50", "17:10")).works(TUESDAY, 7, 19))
			.find();

		assertThat(slots).isNotEmpty()
			.allSatisfy(slot -> assertThat(SlotFinder.onGrid(LocalTime.ofInstant(slot.start(), CHICAGO), Duration.ofMinutes(20))).isTrue());
		assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates();
	}
}
