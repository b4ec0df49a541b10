package org.backcare.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backcare.platform.PublicLinks;
import org.backcare.scheduling.CalendarFeeds.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The calendar feed apps subscribe to, at a secret address: a client's booked sessions, or the sessions a
 * therapist gives with each client's first name only and nothing clinical (calendar providers are no place for
 * health details). An unknown or revoked address is 404. Three statements whatever the number of sessions.
 */
@RestController
class CalendarFeedEndpoint {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** Recent sessions stay in the calendar for a month. */
	static final Duration PAST = Duration.ofDays(30);

	/** As far ahead as any service can be booked (booking_rules allows up to 365 days). */
	static final Duration AHEAD = Duration.ofDays(366);

	private final CalendarFeeds feeds;

	private final BookedSessions sessions;

	private final PublicLinks links;

	private final Clock clock;

	CalendarFeedEndpoint(CalendarFeeds feeds, BookedSessions sessions, PublicLinks links, Clock clock) {
		this.feeds = feeds;
		this.sessions = sessions;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		var feed = feeds.fetch(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instant now = clock.instant();
		boolean client = feed.audience() == Audience.CLIENT;
		List<Ics.Event> events = (client ? sessions.ofClient(feed.accountId(), now.minus(PAST), now.plus(AHEAD))
				: sessions.ofTherapist(feed.accountId(), now.minus(PAST), now.plus(AHEAD)))
			.stream()
			.map(session -> client ? forClient(session) : forTherapist(session))
			.toList();
		String calendar = new Ics(links.host(), null).write(Ics.Method.PUBLISH,
				client ? "BackCare sessions" : "BackCare: sessions you give", events, now);
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header("Content-Disposition", "inline; filename=\"backcare.ics\"")
			.header("X-Robots-Tag", "noindex, nofollow")
			.body(calendar);
	}

	private Ics.Event forClient(BookedSession session) {
		return new Ics.Event(session.bookingId(), 0, false, session.zone(), session.startsAt(), session.endsAt(),
				Ics.summaryOf(session), Ics.placeOf(session),
				"To cancel or move this session: " + links.to("/account/bookings"), null);
	}

	/** Not even the service: Prenatal massage next to a first name would tell a calendar provider of a pregnancy. */
	private Ics.Event forTherapist(BookedSession session) {
		return new Ics.Event(session.bookingId(), 0, false, session.zone(), session.startsAt(), session.endsAt(),
				"BackCare session · " + firstName(session.clientName()), Ics.placeOf(session),
				"The service, plan and notes are in BackCare: " + links.to("/therapist"), null);
	}

	static String firstName(String name) {
		String trimmed = name == null ? "" : name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}
}
