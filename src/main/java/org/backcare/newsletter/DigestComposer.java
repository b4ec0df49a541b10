package org.backcare.newsletter;

import java.time.Instant;
import java.util.List;

import org.backcare.platform.PublicLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes digests. A stand-in for the send runs until the digest itself (tips, a client story, new articles) is
 * built: it honours the same contract and writes a short note with the unsubscribe and preferences links.
 */
@Component
class DigestComposer {

	private final NewsletterLinks links;

	private final PublicLinks site;

	DigestComposer(NewsletterLinks links, PublicLinks site) {
		this.links = links;
		this.site = site;
	}

	/** Writes each subscriber's next digest (same order) and records the tips as sent, in the caller's transaction. */
	List<Digest> compose(List<Subscriber> subscribers, Instant now) {
		return subscribers.stream().map(subscriber -> preview(subscriber, now)).toList();
	}

	/** The next digest as compose would write it now; records nothing. */
	Digest preview(Subscriber subscriber, Instant now) {
		String unsubscribe = site.to(links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber));
		String preferences = site.to(links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber));
		String hello = subscriber.firstName() == null ? "Hello," : "Hello " + subscriber.firstName() + ",";
		String text = hello + "\n\nYour BackCare digest: new articles are at " + site.to("/articles")
				+ "\n\nManage preferences: " + preferences + "\nUnsubscribe: " + unsubscribe + "\n";
		String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Your BackCare digest</title>"
				+ "</head><body><p>" + HtmlUtils.htmlEscape(hello) + "</p><p>Your BackCare digest: <a href=\""
				+ site.to("/articles") + "\">new articles</a>.</p><p><a href=\"" + preferences
				+ "\">Manage preferences</a> · <a href=\"" + unsubscribe + "\">Unsubscribe</a></p></body></html>";
		return new Digest(subscriber.id(), subscriber.email(), "Your BackCare digest", html, text, unsubscribe);
	}
}
