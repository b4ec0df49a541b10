package org.backcare.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTest {

	@Test
	void waitsThirtySecondsAfterTheFirstFailure() {
		assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void doublesTheWaitAfterEachFurtherFailure() {
		assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Backoff.after(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(Backoff.after(10)).isEqualTo(Duration.ofSeconds(30 * 512));
	}

	@Test
	void neverWaitsLongerThanSixHours() {
		assertThat(Backoff.after(11)).isEqualTo(Duration.ofHours(6));
		assertThat(Backoff.after(64)).isEqualTo(Duration.ofHours(6));
		assertThat(Backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void refusesToComputeAWaitBeforeAnyFailure() {
		assertThatIllegalArgumentException().isThrownBy(() -> Backoff.after(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Backoff.after(-1));
	}
}
