package org.backcare.sessions;

import java.util.List;

import org.backcare.scheduling.BookedSession;

/**
 * A client's check-in says they may be getting worse (O5): tell the session's therapist and the practice.
 * Published in the transaction that saved the answer, once per new concern (answering again with the same
 * concerns tells nobody twice).
 *
 * @param session the session the check-in was about: client, therapist, place and time
 * @param therapistEmail where to reach the session's therapist, or null when their account is gone
 * @param concerns what is worrying, in words, e.g. New weakness in a leg
 * @param answers every answer, one line each, e.g. Soreness: 6/10, 36 to 48 hours
 * @param planPaused whether the client's plan was paused until their therapist reviews it
 * @param sessionRecordPath the session's record for the therapist, e.g. /therapist/sessions/12
 */
public record CheckInWorrying(BookedSession session, String therapistEmail, List<String> concerns, List<String> answers,
		boolean planPaused, String sessionRecordPath) {

	public CheckInWorrying {
		concerns = List.copyOf(concerns);
		answers = List.copyOf(answers);
	}
}
