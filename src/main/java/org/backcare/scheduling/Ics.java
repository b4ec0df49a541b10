package org.backcare.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calendar files (RFC 5545) for sessions: the .ics attached to booking emails (iTIP, RFC 5546: REQUEST for a
 * booking, CANCEL for its cancellation) and the calendar feeds apps subscribe to (PUBLISH). Times are written in
 * the location's zone with a VTIMEZONE made from Java's zone rules, so every app shows the same instant. Pure:
 * the caller passes the moment it writes at.
 */
public final class Ics {

	public enum Method {
		PUBLISH, REQUEST, CANCEL
	}

	/** Someone named in an event: the practice as organizer, the client as attendee. */
	public record Person(String name, String email) {
	}

	/**
	 * One session as a calendar shows it.
	 *
	 * @param sequence the revision: a cancellation carries a higher one than the booking it cancels
	 * @param attendee who the session is for, or null in a feed
	 */
	public record Event(long bookingId, int sequence, boolean cancelled, ZoneId zone, Instant startsAt,
			Instant endsAt, String summary, String location, String description, Person attendee) {
	}

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String host;

	private final Person organizer;

	/**
	 * @param host the domain in every event's UID, so UIDs stay unique beyond BackCare
	 * @param organizer the practice, or null for a feed
	 */
	public Ics(String host, Person organizer) {
		this.host = host;
		this.organizer = organizer;
	}

	/** What the client's calendar calls a session: the service and the therapist. */
	public static String summaryOf(BookedSession session) {
		return session.serviceName() + " · " + session.therapistName();
	}

	public static String placeOf(BookedSession session) {
		return session.locationName() + ", " + session.locationAddress();
	}

	/** A booking (REQUEST) or its cancellation (CANCEL, same UID, higher SEQUENCE) for an email to the client. */
	public String invitation(BookedSession session, boolean cancelled, String description, Instant now) {
		var event = new Event(session.bookingId(), cancelled ? 1 : 0, cancelled, session.zone(), session.startsAt(),
				session.endsAt(), summaryOf(session), placeOf(session), description,
				new Person(session.clientName(), session.clientEmail()));
		return write(cancelled ? Method.CANCEL : Method.REQUEST, null, List.of(event), now);
	}

	/** @param name what the calendar is called in the app that subscribes, or null */
	public String write(Method method, String name, List<Event> events, Instant now) {
		var lines = new ContentLines().line("BEGIN:VCALENDAR")
			.raw("PRODID", "-//BackCare//BackCare sessions//EN")
			.raw("VERSION", "2.0")
			.raw("CALSCALE", "GREGORIAN")
			.raw("METHOD", method.name());
		if (name != null) {
			// NAME is RFC 7986; X-WR-CALNAME is what Google and Apple read.
			lines.text("NAME", name).text("X-WR-CALNAME", name);
		}
		if (method == Method.PUBLISH) {
			lines.raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H").raw("X-PUBLISHED-TTL", "PT1H");
		}
		yearsByZone(events).forEach((zone, years) -> TimeZoneComponent.write(lines, ZoneId.of(zone), years[0], years[1]));
		events.stream().sorted(Comparator.comparing(Event::startsAt)).forEach(event -> event(lines, event, now));
		return lines.line("END:VCALENDAR").toString();
	}

	private void event(ContentLines lines, Event event, Instant now) {
		lines.line("BEGIN:VEVENT")
			.raw("UID", "booking-" + event.bookingId() + "@" + host)
			.raw("DTSTAMP", UTC.format(now))
			.raw(timeProperty("DTSTART", event.zone(), event.startsAt()), time(event.zone(), event.startsAt()))
			.raw(timeProperty("DTEND", event.zone(), event.endsAt()), time(event.zone(), event.endsAt()))
			.raw("SEQUENCE", String.valueOf(event.sequence()))
			.raw("STATUS", event.cancelled() ? "CANCELLED" : "CONFIRMED")
			.raw("TRANSP", "OPAQUE")
			.text("SUMMARY", event.summary())
			.text("LOCATION", event.location())
			.text("DESCRIPTION", event.description());
		if (organizer != null) {
			lines.raw("ORGANIZER;CN=" + ContentLines.quoted(organizer.name()), "mailto:" + organizer.email());
		}
		if (event.attendee() != null) {
			lines.raw("ATTENDEE;CN=" + ContentLines.quoted(event.attendee().name())
					+ ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE", "mailto:" + event.attendee().email());
		}
		lines.line("END:VEVENT");
	}

	/**
	 * A local time that the clock shows twice (when it falls back) means its first occurrence (RFC 5545 3.3.5), so
	 * a session in the second one is written in UTC instead: the instant is what must be right.
	 */
	private static boolean localIsExact(ZoneId zone, Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, zone);
		return ZonedDateTime.ofLocal(local, zone, null).toInstant().equals(at);
	}

	private static String timeProperty(String name, ZoneId zone, Instant at) {
		return localIsExact(zone, at) ? name + ";TZID=" + zone.getId() : name;
	}

	private static String time(ZoneId zone, Instant at) {
		return localIsExact(zone, at) ? LOCAL.format(LocalDateTime.ofInstant(at, zone)) : UTC.format(at);
	}

	/** Each zone used, with the first and last year of its events. */
	private static Map<String, int[]> yearsByZone(List<Event> events) {
		Map<String, int[]> years = new TreeMap<>();
		for (Event event : events) {
			int first = event.startsAt().atZone(event.zone()).getYear();
			int last = event.endsAt().atZone(event.zone()).getYear();
			years.merge(event.zone().getId(), new int[] { first, last },
					(a, b) -> new int[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
		}
		return years;
	}
}
