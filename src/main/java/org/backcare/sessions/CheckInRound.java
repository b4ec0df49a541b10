package org.backcare.sessions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, sends the check-ins that are due. Each session's row is claimed by its primary key, so any
 * number of app nodes may run it and a client still gets one email per session.
 */
@Component
class CheckInRound {

	private static final int BATCH = 50;

	private final CheckInInvitations invitations;

	CheckInRound(CheckInInvitations invitations) {
		this.invitations = invitations;
	}

	@Scheduled(initialDelayString = "${backcare.sessions.check-in-poll:5m}", fixedDelayString = "${backcare.sessions.check-in-poll:5m}")
	void inviteDue() {
		while (invitations.inviteDue(BATCH) == BATCH) {
			// more were due than one batch: keep going
		}
	}
}
