package org.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fills in and submits a client's consultation through the forms, step by step, as the browser would. */
public final class TestConsultations {

	/** Pain for four months (chronic), 6 now, nothing down the leg. */
	public static final List<String> CHRONIC_PAIN = List.of("painOnset", LocalDate.now().minusMonths(4).toString(), "painNow", "6",
			"painAverageWeek", "5", "activity1", "Sitting at my desk", "activity1Rating", "4", "legSymptoms", "NONE");

	private TestConsultations() {
	}

	/** A chronic desk worker who asks for deep tissue work: nothing stands in the way of massage. */
	public static void submitChronicDeskWorker(WebSession client, String name) {
		submit(client, name, CHRONIC_PAIN, List.of(), List.of("causes", "MUSCLE_STRAIN"),
				List.of("pressure", "MEDIUM", "techniques", "DEEP_TISSUE", "goals", "PAIN_RELIEF", "sitsMostOfDay", "yes"));
	}

	/** Posts every step and signs the consent; asserts the client lands on the result page. */
	public static void submit(WebSession client, String name, List<String> pain, List<String> safety, List<String> health,
			List<String> preferences) {
		client.get("/account/consultation/step/1");
		post(client, 1, pain);
		post(client, 2, safety);
		post(client, 3, health);
		post(client, 4, preferences);
		client.get("/account/consultation/step/5");
		var submitted = client.post("/account/consultation/step/5", List.of("typedName", name));
		assertThat(submitted.location()).as(submitted.body()).isEqualTo("/account/consultation/result");
	}

	private static void post(WebSession client, int step, List<String> answers) {
		var saved = client.post("/account/consultation/step/" + step, new ArrayList<>(answers));
		assertThat(saved.status()).as(saved.body()).isIn(200, 302);
	}
}
