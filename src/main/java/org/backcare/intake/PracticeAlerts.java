package org.backcare.intake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts to the practice about answers that need a doctor now or today; one per consultation and outcome. */
@Repository
class PracticeAlerts {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PracticeAlerts(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	static boolean needed(ScreeningOutcome outcome) {
		return outcome == ScreeningOutcome.EMERGENCY || outcome == ScreeningOutcome.URGENT_SAME_DAY;
	}

	/** Records the alert and tells the practice, unless this consultation raised this outcome before. */
	void raise(Consultation consultation, ScreeningResult screening, String clientName, String clientEmail) {
		if (!needed(screening.outcome())) {
			return;
		}
		var alert = new PracticeAlerted(clientName, clientEmail, screening.outcome(), screening.findings());
		int inserted = jdbc.sql("""
				insert into practice_alerts (consultation_id, client_id, rules, outcome)
				values (:consultation, :client, :rules, :outcome)
				on conflict (consultation_id, outcome) do nothing""")
			.param("consultation", consultation.id())
			.param("client", consultation.clientId())
			.param("rules", alert.rules().toArray(String[]::new))
			.param("outcome", screening.outcome().name())
			.update();
		if (inserted == 1) {
			events.publishEvent(alert);
		}
	}
}
