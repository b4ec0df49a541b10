package org.backcare.careplans;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client for the anonymous preview: each client may burst up to the per-minute limit, and the
 * bucket refills continuously at that rate. Unlike a window aligned to the clock's minutes, a burst that straddles
 * a minute boundary cannot get twice the limit through. Kept in memory (unlike {@code platform.Throttle},
 * ADR 0004): a preview stores nothing, and a limit multiplied by the number of nodes is acceptable here.
 */
final class PreviewLimiter {

	private static final double MILLIS_PER_MINUTE = 60_000;

	private static final int PURGE_ABOVE = 100_000;

	private final int perMinute;

	private final LongSupplier millis;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	PreviewLimiter(int perMinute, LongSupplier millis) {
		this.perMinute = perMinute;
		this.millis = millis;
	}

	/** Takes one request from the key's bucket; zero when it may go ahead, else how long until it may. */
	Duration waitFor(String key) {
		long now = millis.getAsLong();
		if (buckets.size() > PURGE_ABOVE) {
			// A bucket that has been full again for a minute holds nothing worth keeping.
			buckets.values().removeIf(bucket -> bucket.idleSince(now));
		}
		Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
		synchronized (bucket) {
			bucket.refill(now, perMinute / MILLIS_PER_MINUTE, perMinute);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) * MILLIS_PER_MINUTE / perMinute));
		}
	}

	private static final class Bucket {

		double tokens;

		long updatedAt;

		Bucket(int capacity, long now) {
			this.tokens = capacity;
			this.updatedAt = now;
		}

		void refill(long now, double perMilli, int capacity) {
			tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * perMilli);
			updatedAt = now;
		}

		synchronized boolean idleSince(long now) {
			return now - updatedAt > MILLIS_PER_MINUTE;
		}
	}
}
