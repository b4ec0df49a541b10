package org.backcare.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, releases waitlist holds nobody confirmed in time and offers each time to the next client waiting.
 * Rows are claimed with SKIP LOCKED, so any number of app nodes may run it.
 */
@Component
class HoldRelease {

	private static final int BATCH = 50;

	private final Holds holds;

	HoldRelease(Holds holds) {
		this.holds = holds;
	}

	@Scheduled(initialDelayString = "${backcare.scheduling.hold-check:60s}", fixedDelayString = "${backcare.scheduling.hold-check:60s}")
	void releaseLapsedHolds() {
		while (holds.releaseLapsedHolds(BATCH) == BATCH) {
			// more were due than one batch: keep going
		}
	}
}
