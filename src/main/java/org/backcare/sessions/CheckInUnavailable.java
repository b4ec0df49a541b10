package org.backcare.sessions;

import java.time.Instant;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * A check-in link that leads nowhere: unknown (404) or past its date (410). The page says the same either way, so
 * a link reveals nothing about whether it ever belonged to anyone.
 */
class CheckInUnavailable extends RuntimeException {

	final HttpStatus status;

	private CheckInUnavailable(HttpStatus status) {
		super(status.getReasonPhrase(), null, false, false);
		this.status = status;
	}

	/** The check-in the link leads to, while it is open. */
	static CheckIns.CheckIn open(Optional<CheckIns.CheckIn> found, Instant now) {
		CheckIns.CheckIn checkIn = found.orElseThrow(() -> new CheckInUnavailable(HttpStatus.NOT_FOUND));
		if (checkIn.expired(now)) {
			throw new CheckInUnavailable(HttpStatus.GONE);
		}
		return checkIn;
	}
}
