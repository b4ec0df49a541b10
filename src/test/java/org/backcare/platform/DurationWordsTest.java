package org.backcare.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationWordsTest {

	@Test
	void saysHoursUpToTwoDays() {
		assertThat(DurationWords.of(Duration.ofHours(1))).isEqualTo("1 hour");
		assertThat(DurationWords.of(Duration.ofDays(1))).isEqualTo("24 hours");
		assertThat(DurationWords.of(Duration.ofHours(48))).isEqualTo("48 hours");
	}

	@Test
	void saysDaysForWholeDaysBeyondThat() {
		assertThat(DurationWords.of(Duration.ofDays(3))).isEqualTo("3 days");
		assertThat(DurationWords.of(Duration.ofDays(7))).isEqualTo("7 days");
		assertThat(DurationWords.of(Duration.ofHours(50))).isEqualTo("50 hours");
	}

	@Test
	void saysMinutesForWhatIsLeft() {
		assertThat(DurationWords.of(Duration.ofMinutes(1))).isEqualTo("1 minute");
		assertThat(DurationWords.of(Duration.ofMinutes(30))).isEqualTo("30 minutes");
		assertThat(DurationWords.of(Duration.ofMinutes(90))).isEqualTo("1 hour and 30 minutes");
		assertThat(DurationWords.of(Duration.ofSeconds(20))).isEqualTo("less than a minute");
	}
}
