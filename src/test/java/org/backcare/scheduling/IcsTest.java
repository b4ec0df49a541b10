package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.backcare.therapies.Technique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IcsTest {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static final Ics ICS = new Ics("backcare.example", new Ics.Person("BackCare", "hello@backcare.example"));

	@Test
	void aBookingIsARequestAndItsCancellationCancelsTheSameEventWithAHigherSequence() throws Exception {
		BookedSession session = session(42, ZoneId.of("America/Chicago"), LocalDateTime.of(2026, 12, 1, 10, 0));

		VEvent booked = onlyEvent(parse(ICS.invitation(session, false, "See you soon", NOW)));
		Calendar cancellation = parse(ICS.invitation(session, true, "Cancelled", NOW));
		VEvent cancelled = onlyEvent(cancellation);

		assertThat(value(parse(ICS.invitation(session, false, "", NOW)), Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(cancellation, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(booked, Property.UID)).isEqualTo("booking-42@backcare.example").isEqualTo(value(cancelled, Property.UID));
		assertThat(value(booked, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(booked, Property.SEQUENCE)));
		assertThat(value(booked, Property.ORGANIZER)).isEqualTo("mailto:hello@backcare.example");
		assertThat(value(booked, Property.ATTENDEE)).isEqualTo("mailto:sam@example.test");
		assertThat(value(booked, Property.SUMMARY)).isEqualTo("Deep tissue massage, 60 minutes · Maya Okafor");
		assertThat(value(booked, Property.DTSTAMP)).isEqualTo("20261124T090000Z");
	}

	@Test
	void escapesCommasSemicolonsBackslashesAndLineBreaksSoTheyReadBackUnchanged() throws Exception {
		String tricky = "Bring: towel, water; a \\ backslash\nand a second line";
		var base = session(7, ZoneId.of("Europe/Berlin"), LocalDateTime.of(2026, 6, 3, 9, 30));
		var session = new BookedSession(7, 1, "Anna \"Ann\" Weber; Jr.", "anna@example.test", 2, "Jonas Weiß",
				"Swedish massage, 60 minutes", Technique.SWEDISH, "Praxis Mitte, Haus 2", "Torstraße 1; 10119 Berlin",
				base.zone(), base.startsAt(), base.endsAt());

		String written = ICS.invitation(session, false, tricky, NOW);
		VEvent event = onlyEvent(parse(written));

		assertThat(written.replace("\r\n ", "")).contains("DESCRIPTION:Bring: towel\\, water\\; a \\\\ backslash\\nand a second line");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo(tricky);
		assertThat(value(event, Property.LOCATION)).isEqualTo("Praxis Mitte, Haus 2, Torstraße 1; 10119 Berlin");
		assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter("CN").orElseThrow().getValue())
			.isEqualTo("Anna \"Ann\" Weber; Jr.");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacterAndEndsEveryLineWithCrLf() throws Exception {
		String longText = String.join(" ", java.util.Collections.nCopies(20, "Ünïcödé massage notes ✓"));
		var session = session(9, ZoneId.of("Australia/Sydney"), LocalDateTime.of(2026, 4, 5, 14, 0));

		String written = ICS.invitation(session, false, longText, NOW);

		assertThat(written).endsWith("END:VCALENDAR\r\n");
		assertThat(written.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		String[] lines = written.split("\r\n");
		assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" ")).count()).isGreaterThan(5);
		assertThat(value(onlyEvent(parse(written)), Property.DESCRIPTION)).isEqualTo(longText);
	}

	static Stream<Arguments> daysTheClocksChange() {
		return Stream.of(
				// zone, spring forward, fall back
				Arguments.of("America/New_York", LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1)),
				Arguments.of("Europe/Berlin", LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25)),
				Arguments.of("Australia/Sydney", LocalDate.of(2026, 10, 4), LocalDate.of(2026, 4, 5)));
	}

	@ParameterizedTest
	@MethodSource("daysTheClocksChange")
	void everySessionOnTheDaysTheClocksChangeReadsBackAsTheSameInstant(String zoneId, LocalDate springForward,
			LocalDate fallBack) throws Exception {
		ZoneId zone = ZoneId.of(zoneId);
		List<Instant> starts = Stream.of(springForward, fallBack)
			.flatMap(day -> Stream.iterate(day.atStartOfDay(zone), at -> at.toLocalDate().equals(day), at -> at.plusMinutes(30)))
			.map(ZonedDateTime::toInstant)
			.toList();
		List<Ics.Event> events = starts.stream()
			.map(start -> new Ics.Event(start.getEpochSecond(), 0, false, zone, start, start.plusSeconds(3600), "Session", null, null, null))
			.toList();

		String written = new Ics("backcare.example", null).write(Ics.Method.PUBLISH, "Sessions", events, NOW);
		// A name no parser knows, so the times can only be placed by the VTIMEZONE we wrote.
		Calendar calendar = parse(written.replace(zoneId, "BackCare-Test-Zone"));

		List<VEvent> parsed = calendar.getComponents(Component.VEVENT);
		assertThat(parsed).hasSize(starts.size());
		for (VEvent event : parsed) {
			Instant expected = Instant.ofEpochSecond(Long.parseLong(value(event, Property.UID).replaceAll("\\D", "")));
			DtStart<Temporal> start = event.getDateTimeStart();
			assertThat(Instant.from(start.getDate())).as("%s in %s, written %s", expected, zoneId, start.getValue())
				.isEqualTo(expected);
		}
		// Sessions in the hour the clocks repeat are written in UTC, the others in local time with the zone.
		assertThat(parsed.stream().filter(event -> event.getDateTimeStart().getValue().endsWith("Z")).count()).isEqualTo(2);
		assertThat(written).contains("DTSTART;TZID=" + zoneId + ":" + springForward.toString().replace("-", "") + "T100000");
	}

	@Test
	void aZoneWithoutDaylightSavingHasOneObservanceWithItsOffset() throws Exception {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		Instant start = Instant.parse("2026-07-01T01:00:00Z");
		var event = new Ics.Event(1, 0, false, tokyo, start, start.plusSeconds(3600), "Session", null, null, null);

		String written = new Ics("backcare.example", null).write(Ics.Method.PUBLISH, null, List.of(event), NOW);

		assertThat(written).contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900").contains("DTSTART;TZID=Asia/Tokyo:20260701T100000");
		VEvent parsed = onlyEvent(parse(written.replace("Asia/Tokyo", "BackCare-Test-Zone")));
		assertThat(Instant.from(parsed.getDateTimeStart().getDate())).isEqualTo(start);
	}

	@Test
	void theTimeZoneCoversEveryYearOfTheEventsWithTheOffsetsOfEachChange() throws Exception {
		ZoneId zone = ZoneId.of("America/New_York");
		var first = new Ics.Event(1, 0, false, zone, Instant.parse("2026-12-30T15:00:00Z"), Instant.parse("2026-12-30T16:00:00Z"), "A", null, null, null);
		var second = new Ics.Event(2, 0, false, zone, Instant.parse("2027-07-01T14:00:00Z"), Instant.parse("2027-07-01T15:00:00Z"), "B", null, null, null);

		String written = new Ics("backcare.example", null).write(Ics.Method.PUBLISH, null, List.of(first, second), NOW);

		// From the year before the first event, so a date early in its year has an observance too.
		assertThat(written).contains("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
				+ "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n")
			.contains("BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
				+ "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n")
			.contains("DTSTART;TZID=America/New_York:20261230T100000")
			.contains("DTSTART;TZID=America/New_York:20270701T100000");
		assertThat(parse(written).getComponents(Component.VEVENT)).hasSize(2);
	}

	private static BookedSession session(long id, ZoneId zone, LocalDateTime start) {
		Instant startsAt = start.atZone(zone).toInstant();
		return new BookedSession(id, 1, "Sam Client", "sam@example.test", 2, "Maya Okafor", "Deep tissue massage, 60 minutes",
				Technique.DEEP_TISSUE, "BackCare Riverside", "418 Riverside Avenue, Chicago, IL 60606", zone, startsAt,
				startsAt.plusSeconds(3600));
	}

	static Calendar parse(String text) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(Calendar calendar, String property) {
		return calendar.getProperty(property).orElseThrow().getValue();
	}

	static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}
}
