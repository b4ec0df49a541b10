package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PreviewLimiterTest {

	// Just before a whole minute on the clock: a window aligned to minutes would reset 20 s from now.
	private final AtomicLong now = new AtomicLong(999_999_980_000L);

	private final PreviewLimiter limiter = new PreviewLimiter(3, now::get);

	@Test
	void refusesAboveTheLimitAndTellsHowLongToWait() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.waitFor("10.0.0.1")).isZero();
		}
		// 3 a minute refill one request every 20 s.
		assertThat(limiter.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(20));
		now.addAndGet(20_000);
		assertThat(limiter.waitFor("10.0.0.1")).isZero();
		assertThat(limiter.waitFor("10.0.0.1")).isPositive();
	}

	@Test
	void aBurstAcrossAMinuteBoundaryGetsNoMoreThanTheLimit() {
		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			if (limiter.waitFor("10.0.0.4").isZero()) {
				allowed++;
			}
			now.addAndGet(4_000); // ten requests over 40 s, crossing a whole minute on the clock
		}
		// The full bucket (3) plus what refills in the 36 s between the first and the last request (1).
		assertThat(allowed).isEqualTo(4);
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
