package org.backcare.notifications;

import java.util.Map;

import org.backcare.newsletter.DigestComposed;
import org.backcare.platform.PublicLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A newsletter digest, put in the outbox's bulk lane in the transaction that composed it: the digest and the
 * recipient's queued mark commit together, and the reference (unique in the outbox) keeps it to one message.
 */
@Component
class DigestMail {

	private final Outbox outbox;

	private final PublicLinks links;

	DigestMail(Outbox outbox, PublicLinks links) {
		this.outbox = outbox;
		this.links = links;
	}

	@EventListener
	void on(DigestComposed digest) {
		// RFC 2369 and RFC 8058: mail programs offer unsubscribing, and may do it with one POST, no page visit.
		Map<String, String> headers = Map.of("List-Unsubscribe", "<" + digest.unsubscribeUrl() + ">",
				"List-Unsubscribe-Post", "List-Unsubscribe=One-Click", "List-Id",
				"BackCare newsletter <newsletter." + links.host() + ">", "Precedence", "bulk");
		outbox.add(new Message(digest.to(), digest.subject(), digest.text(), digest.html(), headers)
			.bulk(digest.reference()));
	}
}
