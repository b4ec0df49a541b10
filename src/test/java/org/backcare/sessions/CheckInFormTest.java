package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckInFormTest {

	@Test
	void eachSorenessChoiceStoresItsUpperEndSoOnlyLongerThan36HoursLowersThePressure() {
		assertThat(SorenessDuration.UP_TO_36.hours).isEqualTo(36);
		assertThat(answersWith("UP_TO_36").tooSore(java.time.Duration.ofHours(36))).isFalse();
		assertThat(answersWith("UP_TO_48").tooSore(java.time.Duration.ofHours(36))).isTrue();
		assertThat(answersWith("STILL_THERE").sorenessHours()).isEqualTo(72);
	}

	@Test
	void storedHoursComeBackAsTheChoiceCoveringThem() {
		assertThat(SorenessDuration.of(0)).isEqualTo(SorenessDuration.NONE);
		assertThat(SorenessDuration.of(30)).isEqualTo(SorenessDuration.UP_TO_36);
		assertThat(SorenessDuration.of(48)).isEqualTo(SorenessDuration.UP_TO_48);
		assertThat(SorenessDuration.of(200)).isEqualTo(SorenessDuration.STILL_THERE);
	}

	@Test
	void noSorenessLastsNoTimeWhateverWasChosen() {
		var form = new CheckInForm("0", "UP_TO_24", null, null, null, "no", "no", "no", "  ", "2");
		assertThat(form.check().isEmpty()).isTrue();
		assertThat(form.answers()).isEqualTo(new CheckInAnswers(0, 0, false, false, false, false, false, false, null, 2));
	}

	@Test
	void refusesAnswersOutsideTheScalesAndUnknownChoices() {
		var errors = new CheckInForm("11", "FOREVER", null, null, null, "no", "no", "no", "", "-1").check();
		assertThat(errors.byField()).containsOnlyKeys("soreness", "sorenessFor", "painToday");
	}

	@Test
	void earlierAnswersFillTheFormAgainExactly() {
		var answers = new CheckInAnswers(5, 48, true, false, true, false, true, false, "Tingling in my toes", 4);
		assertThat(CheckInForm.of(answers).answers()).isEqualTo(answers);
	}

	private static CheckInAnswers answersWith(String sorenessFor) {
		return new CheckInForm("5", sorenessFor, null, null, null, "no", "no", "no", "", "3").answers();
	}
}
