package org.backcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PaceTest {

	/** A clock that only moves when a sender waits. */
	private long now = 1_000;

	@Test
	void sixtyMessagesAtTwentyASecondTakeAtLeastThreeSeconds() {
		var pace = new Pace(20, () -> now);
		long first = now;
		for (int message = 0; message < 60; message++) {
			now += pace.reserve();
		}
		assertThat(Duration.ofNanos(now - first)).isEqualTo(Duration.ofMillis(2950));
	}

	@Test
	void theFirstMessageGoesAtOnce() {
		assertThat(new Pace(20, () -> now).reserve()).isZero();
	}

	@Test
	void aQuietSpellEarnsNoBurst() {
		var pace = new Pace(10, () -> now);
		pace.reserve();
		now += Duration.ofMinutes(5).toNanos();

		assertThat(pace.reserve()).isZero();
		assertThat(Duration.ofNanos(pace.reserve())).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void slowSendingIsNotMadeSlowerStill() {
		var pace = new Pace(10, () -> now);
		pace.reserve();
		now += Duration.ofMillis(250).toNanos(); // the server took longer than a slot

		assertThat(pace.reserve()).isZero();
	}

	@Test
	void refusesARateBelowOneASecond() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pace(0, () -> now));
	}
}
