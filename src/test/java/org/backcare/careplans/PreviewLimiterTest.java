package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PreviewLimiterTest {

	private final AtomicLong now = new AtomicLong(999_999_980_000L);

	private final PreviewLimiter limiter = new PreviewLimiter(3, now::get);

	@Test
	void refusesAboveTheLimitUntilTheNextMinute() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.waitFor("10.0.0.1")).isZero();
		}
		assertThat(limiter.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(40));
		now.addAndGet(40_000);
		assertThat(limiter.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void countsEachClientApart() {
		for (int i = 0; i < 3; i++) {
			limiter.waitFor("10.0.0.2");
		}
		assertThat(limiter.waitFor("10.0.0.2")).isPositive();
		assertThat(limiter.waitFor("10.0.0.3")).isZero();
	}
}
