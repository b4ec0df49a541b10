package org.backcare.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.backcare.platform.FormErrors;
import org.backcare.therapies.Technique;
import org.junit.jupiter.api.Test;

class RecordFormTest {

	@Test
	void legSymptomsDuringATechniqueFlagItToStop() {
		var checked = check(form("1", List.of("SWEDISH", "DEEP_TISSUE"), List.of(
				new RecordForm.FeedbackForm("SWEDISH", "COMFORTABLE", false, false),
				new RecordForm.FeedbackForm("DEEP_TISSUE", "TOO_MUCH", true, true))));
		assertThat(checked.content().stoppedTechniques()).containsExactly(Technique.DEEP_TISSUE);
		assertThat(checked.content().pressureTooMuch()).isTrue();
	}

	@Test
	void comfortableFeedbackFlagsNothing() {
		var checked = check(form("1", List.of("SWEDISH"), List.of(new RecordForm.FeedbackForm("SWEDISH", "COMFORTABLE", true, false))));
		assertThat(checked.content().stoppedTechniques()).isEmpty();
		assertThat(checked.content().pressureTooMuch()).isFalse();
	}

	@Test
	void feedbackOnATechniqueNotUsedIsRefused() {
		var errors = FormErrors.none();
		assertThat(form("1", List.of("SWEDISH"), List.of(new RecordForm.FeedbackForm("DEEP_TISSUE", null, false, true))).check(errors)).isNull();
		assertThat(errors.get("feedback")).contains("Deep tissue");
	}

	@Test
	void painOutsideTheScaleAndUnknownAreasAreRefusedFieldByField() {
		var errors = FormErrors.none();
		var form = new RecordForm("2", "11", "-1", List.of(), List.of(), "6", List.of(), List.of("KNEE_LEFT"), List.of(),
				null, null, null, "x".repeat(4001), List.of(), List.of());
		assertThat(form.check(errors)).isNull();
		assertThat(errors.byField()).containsOnlyKeys("painBefore", "painAfter", "pressure", "areas", "plan");
	}

	@Test
	void aRecordWithoutAVersionIsRefused() {
		var errors = FormErrors.none();
		assertThat(form(null, List.of(), List.of()).check(errors)).isNull();
		assertThat(errors.has("version")).isTrue();
	}

	@Test
	void psfsRatingsNeedTheirActivityAndAValueFromZeroToTen() {
		var errors = FormErrors.none();
		var form = new RecordForm("0", null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null,
				null, null, List.of("Sitting", ""), List.of("12", "4"));
		assertThat(form.check(errors)).isNull();
		assertThat(errors.has("psfs")).isTrue();
		var fine = check(new RecordForm("0", null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(), null,
				null, null, null, List.of("Sitting", "Lifting", ""), List.of("3", "6", "")));
		assertThat(fine.psfs().activities()).containsExactly("Sitting", "Lifting");
		assertThat(fine.psfs().ratings()).containsExactly(3, 6);
	}

	@Test
	void everyRegionHasItsOwnCheckboxAndBothSidesAreCharted() {
		assertThat(Arrays.stream(BodyRegion.values()).map(BodyRegion::inputId).distinct()).hasSize(BodyRegion.values().length);
		for (String part : List.of("UPPER_BACK", "MID_BACK", "LOWER_BACK", "QL", "BUTTOCK", "HIP", "THIGH_BACK")) {
			assertThat(BodyRegion.valueOf(part + "_LEFT").label()).endsWith("left");
			assertThat(BodyRegion.valueOf(part + "_RIGHT").label()).endsWith("right");
		}
		assertThat(Arrays.stream(BodyRegion.values()).map(BodyRegion::outline)).allMatch(path -> path.startsWith("M") && path.endsWith("Z"));
	}

	private static RecordForm.Checked check(RecordForm form) {
		var errors = FormErrors.none();
		var checked = form.check(errors);
		assertThat(errors.byField()).isEmpty();
		return checked;
	}

	private static RecordForm form(String version, List<String> techniques, List<RecordForm.FeedbackForm> feedback) {
		return new RecordForm(version, "5", "3", List.of(), techniques, "3", List.of("PRONE"), List.of("SACRUM"), feedback,
				"Better", null, null, null, List.of(), List.of());
	}
}
