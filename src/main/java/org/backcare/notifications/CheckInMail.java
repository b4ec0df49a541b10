package org.backcare.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.backcare.identity.Admins;
import org.backcare.platform.PublicLinks;
import org.backcare.scheduling.BookedSession;
import org.backcare.sessions.CheckInInvited;
import org.backcare.sessions.CheckInWorrying;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The check-in a day or two after a session, and the alert when its answers are worrying (O5). Synchronous like
 * {@link IdentityMail} (ADR 0003): each email commits with the check-in that called for it, and the link's secret
 * never lands in the event publication registry.
 */
@Component
class CheckInMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final Admins admins;

	private final PublicLinks links;

	CheckInMail(Outbox outbox, MailTemplates templates, Admins admins, PublicLinks links) {
		this.outbox = outbox;
		this.templates = templates;
		this.admins = admins;
		this.links = links;
	}

	@EventListener
	void on(CheckInInvited event) {
		BookedSession session = event.session();
		if (session.clientEmail() == null) {
			return; // an account that no longer exists has nobody to write to
		}
		outbox.add(templates.write("check-in", session.clientEmail(),
				"How are you after your session with " + event.therapistFirstName() + "?",
				Map.of("name", session.clientName(), "therapist", event.therapistFirstName(), "when",
						SessionTime.start(session.zone(), session.startsAt()), "link", links.to(event.path()), "expires",
						SessionTime.start(session.zone(), event.expiresAt()))));
	}

	/** The session's therapist and every admin, each once. */
	@EventListener
	void on(CheckInWorrying event) {
		BookedSession session = event.session();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("clientName", session.clientName());
		params.put("clientEmail", session.clientEmail() == null ? "no email address" : session.clientEmail());
		params.put("therapist", session.therapistName());
		params.put("when", SessionTime.start(session.zone(), session.startsAt()));
		params.put("concerns", event.concerns());
		params.put("answers", event.answers());
		params.put("planPaused", event.planPaused());
		params.put("link", links.to(event.sessionRecordPath()));
		var recipients = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (event.therapistEmail() != null) {
			recipients.add(event.therapistEmail());
		}
		recipients.addAll(admins.addresses());
		for (String to : recipients) {
			outbox.add(templates.write("check-in-worrying", to, "Check-in needs a look: " + session.clientName(), params));
		}
	}
}
