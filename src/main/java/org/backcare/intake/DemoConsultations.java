package org.backcare.intake;

import java.util.List;
import java.util.Map;

import org.backcare.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo clients who completed their consultation, through the same wizard a client uses (so their care plans
 * are proposed as for anyone): Priya, 28 weeks pregnant with signs of a hollow back, and Sam, a desk worker with
 * back pain for five months. Only with the {@code demo} profile; after the demo accounts exist.
 */
@Component
@Profile("demo")
class DemoConsultations {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	private final ConsultationWizard wizard;

	private final Consultations consultations;

	private final People people;

	DemoConsultations(ConsultationWizard wizard, Consultations consultations, People people) {
		this.wizard = wizard;
		this.consultations = consultations;
		this.people = people;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	@Transactional
	void submitDemoConsultations() {
		var today = wizard.today();
		submit("client2@demo.backcare.test", Map.of(
				ConsultationStep.PAIN, Map.of("painOnset", List.of(today.minusWeeks(6).toString()), "painNow", List.of("5"),
						"painAverageWeek", List.of("4"), "activity1", List.of("Standing to cook dinner"), "activity1Rating", List.of("5"),
						"activity2", List.of("Getting out of bed"), "activity2Rating", List.of("6"), "legSymptoms", List.of("NONE")),
				ConsultationStep.SAFETY, Map.of("pregnant", List.of("yes")),
				ConsultationStep.HEALTH, Map.of("birthDate", List.of(today.minusYears(31).toString()), "causes", List.of("PREGNANCY", "LORDOSIS"),
						"lordosisSigns", List.of("SWAYBACK", "TIGHT_HAMSTRINGS", "FATIGUE"), "pregnancyWeek", List.of("28")),
				ConsultationStep.PREFERENCES, Map.of("pressure", List.of("LIGHT"), "techniques", List.of("PRENATAL"),
						"goals", List.of("PAIN_RELIEF", "SLEEP"))));
		submit("client1@demo.backcare.test", Map.of(
				ConsultationStep.PAIN, Map.of("painOnset", List.of(today.minusMonths(5).toString()), "painNow", List.of("6"),
						"painAverageWeek", List.of("5"), "activity1", List.of("Sitting through a work meeting"), "activity1Rating",
						List.of("4"), "activity2", List.of("Driving more than an hour"), "activity2Rating", List.of("5"),
						"legSymptoms", List.of("NONE")),
				ConsultationStep.SAFETY, Map.of(),
				ConsultationStep.HEALTH, Map.of("birthDate", List.of(today.minusYears(42).toString()), "causes", List.of("MUSCLE_STRAIN"),
						"lordosisSigns", List.of("TIGHT_HAMSTRINGS")),
				ConsultationStep.PREFERENCES, Map.of("pressure", List.of("MEDIUM"), "techniques", List.of("DEEP_TISSUE", "MYOFASCIAL_RELEASE"),
						"goals", List.of("PAIN_RELIEF", "POSTURE"), "sitsMostOfDay", List.of("yes"))));
		for (int past = 1; past <= 6; past++) {
			submit("past" + past + "@demo.backcare.test", Map.of(
					ConsultationStep.PAIN, Map.of("painOnset", List.of(today.minusMonths(8 + past).toString()), "painNow",
							List.of(String.valueOf(4 + past % 4)), "painAverageWeek", List.of("5"), "activity1",
							List.of("Sitting at my desk all morning"), "activity1Rating", List.of("4"), "legSymptoms", List.of("NONE")),
					ConsultationStep.SAFETY, Map.of(),
					ConsultationStep.HEALTH, Map.of("birthDate", List.of(today.minusYears(30 + 4 * past).toString()), "causes",
							List.of("MUSCLE_STRAIN")),
					ConsultationStep.PREFERENCES, Map.of("pressure", List.of("MEDIUM"), "techniques", List.of("SWEDISH"),
							"goals", List.of("PAIN_RELIEF"), "sitsMostOfDay", List.of("yes"))));
		}
	}

	private void submit(String email, Map<ConsultationStep, Map<String, List<String>>> steps) {
		var person = people.withEmail(email).orElse(null);
		if (person == null || consultations.latestSubmittedOf(person.id().value()).isPresent()) {
			return;
		}
		var client = new ConsultationWizard.Client(person.id().value(), person.name(), person.email());
		for (var step : List.of(ConsultationStep.PAIN, ConsultationStep.SAFETY, ConsultationStep.HEALTH, ConsultationStep.PREFERENCES)) {
			var saved = wizard.save(client, step, steps.get(step), true);
			if (!saved.errors().isEmpty()) {
				throw new IllegalStateException("Demo consultation of " + email + ", " + step + ": " + saved.errors().byField());
			}
		}
		var submitted = wizard.submit(client, Map.of("typedName", List.of(person.name())));
		if (!submitted.errors().isEmpty()) {
			throw new IllegalStateException("Demo consultation of " + email + ": " + submitted.errors().byField());
		}
		log.info("Demo data: {} submitted a consultation ({})", person.name(), submitted.screening().outcome());
	}
}
