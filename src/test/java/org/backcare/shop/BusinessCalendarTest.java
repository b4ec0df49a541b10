package org.backcare.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	// The demo shop's closing days around the cases below: Thanksgiving and the day after, Christmas, New Year, MLK Day.
	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27),
			LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 19));

	private final BusinessCalendar calendar = new BusinessCalendar(CHICAGO, LocalTime.of(14, 0), 2, HOLIDAYS);

	private LocalDate shipBy(String localDateTime) {
		return calendar.shipBy(at(localDateTime));
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant();
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void anOrderBeforeTheCutOffCountsToday() {
		// Monday 16 November 2026, 09:00 → Wednesday
		assertThat(shipBy("2026-11-16T09:00")).isEqualTo(day(2026, 11, 18));
	}

	@Test
	void anOrderAfterTheCutOffCountsFromTheNextBusinessDay() {
		assertThat(shipBy("2026-11-16T14:00")).isEqualTo(day(2026, 11, 19));
	}

	@Test
	void aFridayOrderAfterTheCutOffShipsByWednesday() {
		assertThat(shipBy("2026-11-20T16:30")).isEqualTo(day(2026, 11, 25));
	}

	@Test
	void aMinuteBeforeTheCutOffStillCountsToday() {
		assertThat(shipBy("2026-11-16T13:59")).isEqualTo(day(2026, 11, 18));
		assertThat(calendar.shipBy(at("2026-11-16T14:00").minusNanos(1))).isEqualTo(day(2026, 11, 18));
	}

	@Test
	void theCutOffItselfCountsFromTheNextBusinessDay() {
		assertThat(shipBy("2026-11-16T14:00:00")).isEqualTo(day(2026, 11, 19));
		assertThat(shipBy("2026-11-16T23:59:59")).isEqualTo(day(2026, 11, 19));
	}

	@Test
	void justAfterMidnightCountsThatDay() {
		assertThat(shipBy("2026-11-17T00:00")).isEqualTo(day(2026, 11, 19));
	}

	@Test
	void aFridayOrderBeforeTheCutOffShipsByTuesday() {
		assertThat(shipBy("2026-11-20T13:00")).isEqualTo(day(2026, 11, 24));
	}

	@Test
	void weekendOrdersCountFromMonday() {
		assertThat(shipBy("2026-11-21T09:00")).as("Saturday morning").isEqualTo(day(2026, 11, 25));
		assertThat(shipBy("2026-11-22T20:00")).as("Sunday evening").isEqualTo(day(2026, 11, 25));
	}

	@Test
	void aFridayOrderAfterTheCutOffBeforeAMondayHolidayCountsFromTuesday() {
		// Friday 16 January 2026; Monday 19 is Martin Luther King Jr. Day
		assertThat(shipBy("2026-01-16T15:00")).isEqualTo(day(2026, 1, 22));
	}

	@Nested
	class ThanksgivingLongWeekend {

		@Test
		void theTuesdayBeforeShipsTheMondayAfter() {
			// Tuesday 24 → Wednesday 25 is day one; Thursday 26 and Friday 27 are closed, then the weekend
			assertThat(shipBy("2026-11-24T09:00")).isEqualTo(day(2026, 11, 30));
		}

		@Test
		void theWednesdayBeforeTheCutOffShipsByTuesday() {
			assertThat(shipBy("2026-11-25T11:00")).isEqualTo(day(2026, 12, 1));
		}

		@Test
		void theWednesdayAfterTheCutOffCountsFromMonday() {
			assertThat(shipBy("2026-11-25T14:30")).isEqualTo(day(2026, 12, 2));
		}

		@Test
		void ordersDuringTheClosedDaysCountFromMonday() {
			assertThat(shipBy("2026-11-26T09:00")).as("Thanksgiving morning").isEqualTo(day(2026, 12, 2));
			assertThat(shipBy("2026-11-27T10:00")).as("the day after").isEqualTo(day(2026, 12, 2));
			assertThat(shipBy("2026-11-29T22:00")).as("Sunday night").isEqualTo(day(2026, 12, 2));
		}
	}

	@Nested
	class YearEnd {

		@Test
		void christmasEveBeforeTheCutOffSkipsChristmasAndTheWeekend() {
			// Thursday 24 December counts; Friday 25 is closed; Monday 28 is day one
			assertThat(shipBy("2026-12-24T10:00")).isEqualTo(day(2026, 12, 29));
		}

		@Test
		void newYearsEveBeforeTheCutOffShipsInTheNewYear() {
			assertThat(shipBy("2026-12-31T10:00")).isEqualTo(day(2027, 1, 5));
		}

		@Test
		void newYearsEveAfterTheCutOffCountsFromTheFirstMondayOfTheYear() {
			assertThat(shipBy("2026-12-31T18:00")).isEqualTo(day(2027, 1, 6));
		}
	}

	@Nested
	class DaylightSavingTime {

		@Test
		void anOrderInTheRepeatedHourWhenClocksGoBackCountsFromMonday() {
			// Sunday 1 November 2026: 01:30 happens twice in Chicago (CDT, then CST); both are a Sunday order
			var firstTime = LocalDateTime.parse("2026-11-01T01:30").atZone(CHICAGO);
			var secondTime = firstTime.withLaterOffsetAtOverlap();
			assertThat(secondTime.toInstant()).isNotEqualTo(firstTime.toInstant());
			assertThat(calendar.shipBy(firstTime.toInstant())).isEqualTo(day(2026, 11, 4));
			assertThat(calendar.shipBy(secondTime.toInstant())).isEqualTo(day(2026, 11, 4));
		}

		@Test
		void theCutOffIsChicagoTimeInWinterAfterTheClocksGoBack() {
			// Monday 2 November 2026 is on CST (UTC−6): 19:30 UTC is 13:30 there, before the cut-off; 20:00 UTC is 14:00
			assertThat(calendar.shipBy(Instant.parse("2026-11-02T19:30:00Z"))).isEqualTo(day(2026, 11, 4));
			assertThat(calendar.shipBy(Instant.parse("2026-11-02T20:00:00Z"))).isEqualTo(day(2026, 11, 5));
		}

		@Test
		void theCutOffIsChicagoTimeInSummerAfterTheClocksGoForward() {
			// Monday 9 March 2026 is on CDT (UTC−5): 18:59 UTC is 13:59 there; 19:30 UTC is 14:30, after the cut-off
			assertThat(calendar.shipBy(Instant.parse("2026-03-09T18:59:00Z"))).isEqualTo(day(2026, 3, 11));
			assertThat(calendar.shipBy(Instant.parse("2026-03-09T19:30:00Z"))).isEqualTo(day(2026, 3, 12));
		}

		@Test
		void anOrderInTheSkippedHourWhenClocksGoForwardCountsFromMonday() {
			// Sunday 8 March 2026: 02:30 does not exist in Chicago; java.time moves it to 03:30
			assertThat(shipBy("2026-03-08T02:30")).isEqualTo(day(2026, 3, 11));
		}

		@Test
		void aUtcMondayThatIsStillSundayInChicagoCountsFromMonday() {
			// 04:30 UTC on Monday 2 November is 22:30 on Sunday in Chicago
			assertThat(calendar.shipBy(Instant.parse("2026-11-02T04:30:00Z"))).isEqualTo(day(2026, 11, 4));
		}
	}

	@Nested
	class SameDayDispatch {

		private final BusinessCalendar sameDay = new BusinessCalendar(CHICAGO, LocalTime.of(14, 0), 0, HOLIDAYS);

		@Test
		void beforeTheCutOffShipsToday() {
			assertThat(sameDay.shipBy(at("2026-11-16T09:00"))).isEqualTo(day(2026, 11, 16));
		}

		@Test
		void afterTheCutOffShipsTheNextBusinessDay() {
			assertThat(sameDay.shipBy(at("2026-11-16T15:00"))).isEqualTo(day(2026, 11, 17));
			assertThat(sameDay.shipBy(at("2026-11-25T15:00"))).as("before Thanksgiving").isEqualTo(day(2026, 11, 30));
		}

		@Test
		void weekendOrdersShipOnMonday() {
			assertThat(sameDay.shipBy(at("2026-11-21T09:00"))).isEqualTo(day(2026, 11, 23));
		}
	}

	@Test
	void negativeDispatchDaysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(CHICAGO, LocalTime.of(14, 0), -1, Set.of()));
	}

	@Nested
	class Promise {

		@Test
		void beforeTheCutOffSaysExactlyHowLongIsLeft() {
			var promise = calendar.promise(at("2026-11-23T10:48"));
			assertThat(promise.orderWithin()).isEqualTo(Duration.ofHours(3).plusMinutes(12));
			assertThat(promise.shipBy()).isEqualTo(day(2026, 11, 25));
		}

		@Test
		void secondsBeforeTheCutOffStillCount() {
			var promise = calendar.promise(at("2026-11-23T13:59:30"));
			assertThat(promise.orderWithin()).isEqualTo(Duration.ofSeconds(30));
			assertThat(promise.shipBy()).isEqualTo(day(2026, 11, 25));
		}

		@Test
		void atAndAfterTheCutOffThereIsNoTimeLeftAndTheDateMovesOn() {
			assertThat(calendar.promise(at("2026-11-23T14:00"))).isEqualTo(
					new BusinessCalendar.Promise(day(2026, 11, 30), Duration.ZERO));
			assertThat(calendar.promise(at("2026-11-23T20:00")).orderWithin()).isZero();
		}

		@Test
		void onWeekendsAndHolidaysThereIsNoTimeLeft() {
			assertThat(calendar.promise(at("2026-11-21T09:00"))).isEqualTo(
					new BusinessCalendar.Promise(day(2026, 11, 25), Duration.ZERO));
			assertThat(calendar.promise(at("2026-11-26T09:00"))).isEqualTo(
					new BusinessCalendar.Promise(day(2026, 12, 2), Duration.ZERO));
		}

		@Test
		void agreesWithTheShipByDateOfAnOrderPlacedAtThatMoment() {
			for (String moment : new String[] { "2026-11-20T13:59", "2026-11-20T14:00", "2026-12-24T09:00",
					"2026-12-31T23:59", "2026-11-01T01:30", "2026-03-08T03:15" }) {
				assertThat(calendar.promise(at(moment)).shipBy()).as(moment).isEqualTo(shipBy(moment));
			}
		}
	}
}
