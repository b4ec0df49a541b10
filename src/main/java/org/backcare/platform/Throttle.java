package org.backcare.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per key (failed sign-ins from an IP address, reset requests for an address, ...) in the
 * database, so a limit holds across restarts and across app nodes. A key with too many attempts inside the
 * window is blocked until enough of them have aged out.
 */
@Component
public class Throttle {

	private final JdbcClient jdbc;

	private final Clock clock;

	Throttle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long to wait before the next attempt, or empty when every key is still under its limit. */
	public Optional<Duration> waitFor(Limit limit, String... keys) {
		Instant now = clock.instant();
		Optional<Duration> longest = Optional.empty();
		for (String key : keys) {
			// The limit-th most recent attempt decides: once it leaves the window, the key is under the limit.
			Optional<Instant> decisive = jdbc.sql("""
					select attempted_at from throttle_attempts
					where key = :key and attempted_at > :since
					order by attempted_at desc offset :skip limit 1""")
				.param("key", key)
				.param("since", Timestamp.from(now.minus(limit.window())))
				.param("skip", limit.attempts() - 1)
				.query(Timestamp.class)
				.optional()
				.map(Timestamp::toInstant);
			if (decisive.isPresent()) {
				Duration wait = Duration.between(now, decisive.get().plus(limit.window()));
				if (longest.isEmpty() || wait.compareTo(longest.get()) > 0) {
					longest = Optional.of(wait);
				}
			}
		}
		return longest;
	}

	public void record(String... keys) {
		for (String key : keys) {
			jdbc.sql("insert into throttle_attempts (key, attempted_at) values (:key, :at)")
				.param("key", key)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
	}

	public void forget(String key) {
		jdbc.sql("delete from throttle_attempts where key = :key").param("key", key).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldAttempts() {
		jdbc.sql("delete from throttle_attempts where attempted_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	/** At most {@code attempts} within {@code window}. */
	public record Limit(int attempts, Duration window) {

		public Limit {
			if (attempts < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("A limit needs at least one attempt and a positive window");
			}
		}
	}
}
