package org.backcare.sessions;

import java.time.Instant;

import org.backcare.scheduling.BookedSession;

/**
 * A client is asked how they are a day or two after a session (6.3, O6): email them the link. Published in the
 * transaction that stored the check-in. The link holds a secret, so listen with a plain synchronous listener
 * (the email commits with the check-in) and never an asynchronous one, which would keep the event on record.
 *
 * @param session the session asked about, with the client's name and address and the location's time zone
 * @param therapistFirstName how the email names the therapist, e.g. Dana
 * @param path the check-in page, token included, e.g. /check-in/abc...
 * @param expiresAt when the link stops working
 */
public record CheckInInvited(BookedSession session, String therapistFirstName, String path, Instant expiresAt) {
}
