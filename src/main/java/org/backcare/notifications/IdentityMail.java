package org.backcare.notifications;

import java.util.Map;

import org.backcare.identity.EmailConfirmationRequested;
import org.backcare.identity.PasswordResetRequested;
import org.backcare.identity.TherapistInvited;
import org.backcare.platform.DurationWords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails that carry identity's one-time links. Plain synchronous listeners on purpose: the message is written
 * in the transaction that issued the link, so both exist or neither does, and the link (a secret) never lands in
 * the event publication registry as an asynchronous listener's event would.
 */
@Component
class IdentityMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	IdentityMail(Outbox outbox, MailTemplates templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	@EventListener
	void on(EmailConfirmationRequested event) {
		outbox.add(templates.write("confirm-email", event.email(), "Confirm your email address for BackCare",
				Map.of("name", event.displayName(), "link", event.link(), "validFor", DurationWords.of(event.validFor()))));
	}

	@EventListener
	void on(PasswordResetRequested event) {
		outbox.add(templates.write("reset-password", event.email(), "Reset your BackCare password",
				Map.of("name", event.displayName(), "link", event.link(), "validFor", DurationWords.of(event.validFor()))));
	}

	@EventListener
	void on(TherapistInvited event) {
		outbox.add(templates.write("therapist-invitation", event.email(),
				"You're invited to join BackCare as a therapist",
				Map.of("name", event.displayName(), "link", event.link(), "validFor", DurationWords.of(event.validFor()),
						"invitedBy", event.invitedBy() == null ? "The BackCare practice" : event.invitedBy())));
	}
}
