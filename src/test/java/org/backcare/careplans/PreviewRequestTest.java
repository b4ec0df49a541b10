package org.backcare.careplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.backcare.careplans.PreviewRequest.FieldMessage;
import org.backcare.careplans.PreviewRequest.PostpartumJson;
import org.backcare.careplans.PreviewRequest.PregnancyJson;
import org.backcare.intake.Cause;
import org.backcare.intake.ScreeningSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PreviewRequestTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static PreviewRequest request(PregnancyJson pregnancy, PostpartumJson postpartum) {
		return new PreviewRequest(null, null, TODAY.minusWeeks(3), 4, null, null, null, null, null, null, null, pregnancy,
				null, null, postpartum, null, null, null, null, null);
	}

	private static List<String> fields(PreviewRequest request) {
		return request.problems(TODAY).stream().map(FieldMessage::field).toList();
	}

	@Test
	void aMinimalRequestIsFineAndDefaultsToToday() {
		var request = request(null, null);
		assertThat(request.problems(TODAY)).isEmpty();
		assertThat(request.toIntake(TODAY).assessedOn()).isEqualTo(TODAY);
		assertThat(request.toIntake(TODAY).causes()).isEmpty();
	}

	@Test
	void aPregnancyNeedsExactlyOneOfDueDateAndWeek() {
		assertThat(fields(request(new PregnancyJson(null, null), null))).containsExactly("pregnancy");
		assertThat(fields(request(new PregnancyJson(TODAY.plusWeeks(10), 30), null))).containsExactly("pregnancy");
		assertThat(fields(request(new PregnancyJson(null, 0), null))).containsExactly("pregnancy.week");
		assertThat(fields(request(new PregnancyJson(null, 42), null))).isEmpty();
		assertThat(fields(request(new PregnancyJson(null, 43), null))).containsExactly("pregnancy.week");
	}

	@Test
	void aDueDateMustBeWithin42WeeksEitherWay() {
		assertThat(fields(request(new PregnancyJson(TODAY.plusWeeks(42), null), null))).isEmpty();
		assertThat(fields(request(new PregnancyJson(TODAY.plusWeeks(42).plusDays(1), null), null)))
			.containsExactly("pregnancy.dueDate");
		assertThat(fields(request(new PregnancyJson(TODAY.minusWeeks(3), null), null))).containsExactly("pregnancy.dueDate");
	}

	@Test
	void aDeliveryDateIsNeededAndNotInTheFuture() {
		assertThat(fields(request(null, new PostpartumJson(null, true)))).containsExactly("postpartum.deliveryDate");
		assertThat(fields(request(null, new PostpartumJson(TODAY.plusDays(1), true)))).containsExactly("postpartum.deliveryDate");
		assertThat(fields(request(null, new PostpartumJson(TODAY, null)))).isEmpty();
	}

	@Test
	void listsCannotHoldEmptyValues() {
		var causes = new HashSet<Cause>(Arrays.asList(Cause.ARTHRITIS, null));
		var request = new PreviewRequest(TODAY, null, TODAY, 4, null, null, causes, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
		assertThat(fields(request)).containsExactly("causes");
	}

	@Test
	void everyMissingOrWrongFieldIsNamed() {
		var request = new PreviewRequest(TODAY, TODAY.plusDays(1), null, null, 11, null, null, null, null, null,
				TODAY.plusDays(2), null, null, null, null, null, null, null, null, null);
		assertThat(fields(request)).containsExactly("painOnset", "painNow", "painAverageWeek", "birthDate", "recentSurgeryDate");
	}

	@Test
	void theConfigurationDefaultsAreTheFactSheetsDefaults() {
		var properties = new Binder(new MapConfigurationPropertySource(Map.of("backcare.careplans.chronic-after-weeks", "12")))
			.bindOrCreate("backcare.careplans", CarePlansProperties.class);
		var screening = new Binder(new MapConfigurationPropertySource(Map.of("backcare.intake.screening.severe-pain", "7")))
			.bindOrCreate("backcare.intake.screening", ScreeningSettings.class);
		assertThat(screening).isEqualTo(ScreeningSettings.defaults());
		assertThat(properties.engine(screening)).isEqualTo(CarePlanSettings.defaults());
		assertThat(properties.previewRequestsPerMinute()).isEqualTo(120);
	}
}
