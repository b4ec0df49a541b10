package org.backcare.notifications;

import java.util.List;
import java.util.Map;

import org.backcare.content.CommentsAwaitModeration;
import org.backcare.identity.Admins;
import org.backcare.platform.PracticeSettings;
import org.backcare.platform.PublicLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The daily digest of comments waiting for moderation, to every admin. Synchronous like {@link IntakeMail}
 * (ADR 0003): the emails commit with the day's claim on the digest, so a failed day can run again.
 */
@Component
class CommentMail {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final Admins admins;

	private final PublicLinks links;

	private final PracticeSettings practice;

	CommentMail(Outbox outbox, MailTemplates templates, Admins admins, PublicLinks links, PracticeSettings practice) {
		this.outbox = outbox;
		this.templates = templates;
		this.admins = admins;
		this.links = links;
		this.practice = practice;
	}

	@EventListener
	void on(CommentsAwaitModeration event) {
		// One line per comment, its time in the practice's zone: who, on which article, when, and how it starts.
		List<String> lines = event.oldest()
			.stream()
			.map(waiting -> waiting.authorName() + " on “" + waiting.articleTitle() + "”, "
					+ SessionTime.start(practice.timeZone(), waiting.sentAt()) + ": " + waiting.excerpt())
			.toList();
		String subject = event.pending() == 1 ? "1 comment awaits moderation"
				: event.pending() + " comments await moderation";
		Map<String, Object> params = Map.of("pending", event.pending(), "lines", lines, "more",
				event.pending() - lines.size(), "link", links.to(event.queuePath()));
		for (String admin : admins.addresses()) {
			outbox.add(templates.write("comments-pending", admin, subject, params));
		}
	}
}
