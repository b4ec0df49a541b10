package org.backcare.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backcare.identity.Secrets;
import org.backcare.scheduling.BookedSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites clients to check in once a session ended {@code checkInAfter} ago (24 h: soreness peaks then, 6.3). A
 * session is looked for during one day after that, so a node that was down for a while still sends every
 * check-in, and none goes out about a session long past.
 */
@Component
class CheckInInvitations {

	static final Duration LOOK_BACK = Duration.ofDays(1);

	private final CheckIns checkIns;

	private final BookedSessions sessions;

	private final SessionsSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckInInvitations(CheckIns checkIns, BookedSessions sessions, SessionsSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** @return how many sessions were due, invited here or by another node meanwhile */
	@Transactional
	int inviteDue(int limit) {
		Instant now = clock.instant();
		Instant endedBy = now.minus(settings.checkInAfter());
		List<Long> due = checkIns.due(endedBy.minus(LOOK_BACK), endedBy, limit);
		Instant expiresAt = now.plus(settings.checkInValidFor());
		for (long bookingId : due) {
			sessions.withId(bookingId).ifPresent(session -> {
				String token = Secrets.newToken();
				if (checkIns.invite(bookingId, session.clientId(), token, now, expiresAt)) {
					events.publishEvent(new CheckInInvited(session, CheckInController.firstName(session),
							CheckInController.PATH + token, expiresAt));
				}
			});
		}
		return due.size();
	}
}
