package org.backcare.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backcare.careplans.PlanProgress;
import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.PracticeSettings;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The therapist's session records: notes left unsigned longer than the practice allows, and today's and the
 * coming week's sessions with a link to open or start each record.
 */
@Controller
class TherapistSessionsController {

	static final Duration AHEAD = Duration.ofDays(7);

	/** A row of the unsigned list: the record and its client's name. */
	record UnsignedRow(SessionRecords.Unsigned note, String clientName) {
	}

	/** A plan the progress rules flagged (O4, O5), waiting for its therapist. */
	record FlaggedRow(PlanProgress.Standing plan, String clientName) {
	}

	private final SessionRecords records;

	private final BookedSessions sessions;

	private final People people;

	private final SessionsSettings settings;

	private final Clock clock;

	private final PracticeSettings practice;

	private final PlanProgress progress;

	TherapistSessionsController(SessionRecords records, BookedSessions sessions, People people, SessionsSettings settings,
			Clock clock, PracticeSettings practice, PlanProgress progress) {
		this.records = records;
		this.sessions = sessions;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
		this.practice = practice;
		this.progress = progress;
	}

	@GetMapping("/therapist/sessions")
	ModelAndView list(@AuthenticationPrincipal SignedInAccount me) {
		long therapist = me.id().value();
		Instant now = clock.instant();
		List<SessionRecords.Unsigned> unsigned = records.unsigned(therapist, now.minus(settings.unsignedAfter()));
		List<PlanProgress.Standing> flagged = progress.flaggedFor(therapist);
		Map<Long, String> names = people.namesOf(Stream.concat(unsigned.stream().map(SessionRecords.Unsigned::clientId),
				flagged.stream().map(PlanProgress.Standing::clientId)).distinct().toList());
		Instant startOfToday = now.atZone(practice.timeZone()).toLocalDate().atStartOfDay(practice.timeZone()).toInstant();
		List<BookedSession> coming = sessions.ofTherapist(therapist, startOfToday, now.plus(AHEAD));
		return new ModelAndView("sessions/therapist-sessions")
			.addObject("unsigned", unsigned.stream().map(note -> new UnsignedRow(note, names.get(note.clientId()))).toList())
			.addObject("unsignedAfter", settings.unsignedAfter())
			.addObject("flagged", flagged.stream().map(plan -> new FlaggedRow(plan, names.get(plan.clientId()))).toList())
			.addObject("coming", coming)
			.addObject("recorded", records.signedByBooking(coming.stream().map(BookedSession::bookingId).toList()));
	}
}
