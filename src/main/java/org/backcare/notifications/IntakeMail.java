package org.backcare.notifications;

import java.util.Map;

import org.backcare.identity.Admins;
import org.backcare.intake.PracticeAlerted;
import org.backcare.intake.ScreeningOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the practice's admins when a client's consultation answers need a doctor now or today. Synchronous, like
 * {@link IdentityMail}: the alert is written in the transaction that saved the answers (ADR 0003).
 */
@Component
class IntakeMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final Admins admins;

	IntakeMail(Outbox outbox, MailTemplates templates, Admins admins) {
		this.outbox = outbox;
		this.templates = templates;
		this.admins = admins;
	}

	@EventListener
	void on(PracticeAlerted event) {
		boolean emergency = event.outcome() == ScreeningOutcome.EMERGENCY;
		String subject = emergency ? "Emergency answers in a consultation: " + event.clientName()
				: "Same-day medical answers in a consultation: " + event.clientName();
		String when = emergency ? "go to the emergency department now" : "see a doctor today";
		for (String admin : admins.addresses()) {
			outbox.add(templates.write("practice-alert", admin, subject,
					Map.of("clientName", event.clientName(), "clientEmail", event.clientEmail(), "when", when,
							"findings", event.findings())));
		}
	}
}
