package org.backcare.content;

import java.time.Clock;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's side: moving comments through moderation, and replying as BackCare. Every step is audited. */
@Service
class CommentModeration {

	private final Comments comments;

	private final AuditLog audit;

	private final ContentSettings settings;

	private final Clock clock;

	CommentModeration(Comments comments, AuditLog audit, ContentSettings settings, Clock clock) {
		this.comments = comments;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the comment's new status
	 * @throws IllegalStateException when the comment is not (or no longer) where this action applies
	 */
	@Transactional
	CommentStatus moderate(Comment comment, Moderation action, long moderatorId) {
		CommentStatus to = comment.status().after(action);
		if (!comments.move(comment.id(), comment.status(), to, moderatorId, clock.instant())) {
			throw new IllegalStateException("Comment " + comment.id() + " was moderated meanwhile");
		}
		audit.record(moderatorId, "comment." + to.slug(), "comment:" + comment.id());
		return to;
	}

	/**
	 * A reply as BackCare under a published top-level comment: published at once.
	 *
	 * @return the reply, or the problem with the text to show next to it
	 */
	@Transactional
	Reply reply(Comment comment, String text, SignedInAccount moderator) {
		var draft = new CommentDraft("BackCare", moderator.email(), text, comment.id());
		var problems = draft.problems(settings);
		if (comment.isReply() || comment.status() != CommentStatus.APPROVED) {
			problems.field("text", "Only a published comment, not a reply, can be answered.");
		}
		if (!problems.isEmpty()) {
			return new Reply(null, problems.get("text"));
		}
		Comment reply = comments.add(new NewComment(comment.articleId(), comment.id(), "BackCare", moderator.email(),
				moderator.id().value(), true, draft.text(), null), CommentStatus.APPROVED, clock.instant());
		audit.record(moderator.id().value(), "comment.replied", "comment:" + reply.id());
		return new Reply(reply, null);
	}

	record Reply(Comment reply, String problem) {
	}
}
