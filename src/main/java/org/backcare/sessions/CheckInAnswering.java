package org.backcare.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backcare.careplans.PlanProgress;
import org.backcare.identity.People;
import org.backcare.platform.AuditLog;
import org.backcare.scheduling.BookedSession;
import org.backcare.scheduling.BookedSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a client's check-in answer and acts on it in the same transaction: the audit entry (a clinical record
 * written by the client), the client's progress reassessed (a worse answer pauses the plan there, O5), and the
 * therapist and practice told of anything worrying.
 * The answers themselves lower the next session's pressure when read by {@link PressureAdvice} (O6).
 */
@Component
class CheckInAnswering {


	private final CheckIns checkIns;

	private final BookedSessions sessions;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Progress outcomes;

	CheckInAnswering(CheckIns checkIns, BookedSessions sessions, People people, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, Progress outcomes) {
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.outcomes = outcomes;
	}

	@Transactional
	void answer(String token, CheckInAnswers answers) {
		Instant now = clock.instant();
		CheckIns.CheckIn checkIn = CheckInUnavailable.open(checkIns.lockedWithToken(token), now);
		checkIns.answer(checkIn.bookingId(), answers, now);
		audit.record(checkIn.clientId(), "check-in.answered", checkIn.clientId(), "check-in:" + checkIn.bookingId());
		// O5 is decided once, over the whole series: weakness, numbness or worse pain pause the plan there.
		boolean paused = outcomes.reassess(checkIn.clientId(), now).filter(state -> state == PlanProgress.State.PAUSED).isPresent();
		Set<CheckInConcern> concerns = CheckInConcern.in(answers, checkIn.painBefore());
		Set<CheckInConcern> fresh = EnumSet.noneOf(CheckInConcern.class);
		fresh.addAll(concerns);
		if (checkIn.answers() != null) {
			fresh.removeAll(CheckInConcern.in(checkIn.answers(), checkIn.painBefore()));
		}
		if (!fresh.isEmpty()) {
			alert(checkIn, answers, concerns, paused);
		}
	}

	/** Tells the therapist and the practice, whether or not the plan was paused. */
	private void alert(CheckIns.CheckIn checkIn, CheckInAnswers answers, Set<CheckInConcern> concerns, boolean paused) {
		BookedSession session = sessions.withId(checkIn.bookingId()).orElseThrow();
		List<String> words = concerns.stream().map(concern -> concern.words(answers, checkIn.painBefore())).toList();
		String therapistEmail = people.withId(session.therapistId()).map(People.Person::email).orElse(null);
		events.publishEvent(new CheckInWorrying(session, therapistEmail, words, lines(answers, checkIn.painBefore()), paused,
				"/therapist/sessions/" + checkIn.bookingId()));
	}

	private static List<String> lines(CheckInAnswers answers, Integer painBefore) {
		List<String> lines = new ArrayList<>();
		lines.add("Soreness: " + answers.soreness() + "/10, "
				+ SorenessDuration.of(answers.sorenessHours()).label.toLowerCase(Locale.ENGLISH));
		lines.add("Bruising: " + yesNo(answers.bruising()));
		lines.add("Headache: " + yesNo(answers.headache()));
		lines.add("Tiredness: " + yesNo(answers.fatigue()));
		lines.add("New weakness in a leg: " + yesNo(answers.legWeakness()));
		lines.add("New numbness or tingling: " + yesNo(answers.numbness()));
		lines.add("Pain getting worse: " + yesNo(answers.painWorse()));
		lines.add("Back pain today: " + answers.painToday() + "/10"
				+ (painBefore == null ? "" : " (before the session: " + painBefore + "/10)"));
		lines.add("Anything new: " + (answers.anythingNew() == null ? "nothing" : answers.anythingNew()));
		return lines;
	}

	private static String yesNo(boolean answer) {
		return answer ? "yes" : "no";
	}
}
