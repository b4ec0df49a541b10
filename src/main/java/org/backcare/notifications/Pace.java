package org.backcare.notifications;

import java.util.function.LongSupplier;

/**
 * Spaces messages evenly at a rate: each gets the next free slot, one interval after the previous one, so the
 * rate holds across batches and an idle spell earns no burst. Pure: the clock (nanoseconds) is passed in.
 */
final class Pace {

	private final long interval;

	private final LongSupplier clock;

	private long nextSlot = Long.MIN_VALUE;

	Pace(int perSecond, LongSupplier clock) {
		if (perSecond < 1) {
			throw new IllegalArgumentException("A pace needs at least one message a second");
		}
		this.interval = 1_000_000_000L / perSecond;
		this.clock = clock;
	}

	/** Takes the next slot; returns how many nanoseconds to wait for it (0 when it is now). */
	long reserve() {
		long now = clock.getAsLong();
		long slot = nextSlot == Long.MIN_VALUE || nextSlot - now < 0 ? now : nextSlot;
		nextSlot = slot + interval;
		return slot - now;
	}
}
