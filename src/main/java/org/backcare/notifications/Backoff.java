package org.backcare.notifications;

import java.time.Duration;

/** How long to wait before trying a failed message again: 30 s, 1 min, 2 min, … doubling up to 6 hours. */
final class Backoff {

	static final Duration FIRST = Duration.ofSeconds(30);

	static final Duration LONGEST = Duration.ofHours(6);

	private Backoff() {
	}

	/** @param failures how many attempts to send the message have failed so far, at least 1 */
	static Duration after(int failures) {
		if (failures < 1) {
			throw new IllegalArgumentException("A message needs to have failed before it is retried");
		}
		// 30 s × 2^20 is far past the cap; stopping there keeps the multiplication from overflowing.
		Duration delay = FIRST.multipliedBy(1L << Math.min(failures - 1, 20));
		return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
	}
}
