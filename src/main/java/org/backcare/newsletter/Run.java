package org.backcare.newsletter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A send run and where its recipients stand.
 *
 * @param plannedFor the practice-zone day of a scheduled run; null for one started by hand
 * @param waiting recipients whose digest is not written yet
 * @param queued digests written and waiting in the outbox: they go out even while the run is paused
 */
record Run(long id, LocalDate plannedFor, Instant startedAt, String startedBy, RunStatus status, int recipients,
		Instant pausedAt, Instant finishedAt, int waiting, int queued, int sent, int failed, int skipped) {

	/** Not sent yet: waiting to be written or queued for delivery. */
	int pending() {
		return waiting + queued;
	}

	int done() {
		return sent + failed + skipped;
	}

	int percentDone() {
		return recipients == 0 ? 100 : (int) Math.floor(100.0 * done() / recipients);
	}
}
