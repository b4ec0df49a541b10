package org.backcare.careplans;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A per-client fixed-window counter for the anonymous preview: cheap enough for thousands of requests a second,
 * kept in memory (unlike {@code platform.Throttle}, ADR 0004) because a preview stores nothing and a limit
 * multiplied by the number of nodes is acceptable here.
 */
final class PreviewLimiter {

	private static final long WINDOW_MILLIS = 60_000;

	private static final int PURGE_ABOVE = 100_000;

	private final int perMinute;

	private final LongSupplier millis;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	PreviewLimiter(int perMinute, LongSupplier millis) {
		this.perMinute = perMinute;
		this.millis = millis;
	}

	/** Counts one request for the key; zero when it may go ahead, else how long until the next window opens. */
	Duration waitFor(String key) {
		long now = millis.getAsLong();
		long start = now - Math.floorMod(now, WINDOW_MILLIS);
		Window window = windows.get(key);
		if (window == null || window.start != start) {
			if (windows.size() > PURGE_ABOVE) {
				windows.values().removeIf(old -> old.start < start);
			}
			window = windows.compute(key, (k, old) -> old != null && old.start == start ? old : new Window(start));
		}
		if (window.count.incrementAndGet() <= perMinute) {
			return Duration.ZERO;
		}
		return Duration.ofMillis(start + WINDOW_MILLIS - now);
	}

	private static final class Window {

		final long start;

		final AtomicInteger count = new AtomicInteger();

		Window(long start) {
			this.start = start;
		}
	}
}
