package org.backcare.content;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.backcare.platform.FormErrors;
import org.backcare.platform.Throttle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's comment, from the form or the API: checked, rate-limited per IP address and per email address, and
 * stored as pending, approved (the approved-commenter rule) or spam.
 */
@Service
class CommentPosting {

	private static final Duration HOUR = Duration.ofHours(1);

	sealed interface Outcome permits Posted, Refused, TooMany {
	}

	record Posted(Comment comment) implements Outcome {
	}

	record Refused(FormErrors errors) implements Outcome {
	}

	record TooMany(Duration retryAfter) implements Outcome {
	}

	private final Comments comments;

	private final Throttle throttle;

	private final ContentSettings settings;

	private final Clock clock;

	CommentPosting(Comments comments, Throttle throttle, ContentSettings settings, Clock clock) {
		this.comments = comments;
		this.throttle = throttle;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param accountId the signed-in reader's account, or null
	 * @param caughtAsSpam the form's honeypot was filled in or it was sent too soon after it was shown
	 */
	@Transactional
	Outcome post(CommentedArticle article, CommentDraft draft, Long accountId, String ip, boolean caughtAsSpam) {
		FormErrors errors = draft.problems(settings);
		if (draft.parentId() != null) {
			replyProblem(article, draft.parentId()).ifPresent(problem -> errors.field("parentId", problem));
		}
		if (!errors.isEmpty()) {
			return new Refused(errors);
		}
		String ipKey = "comment:ip:" + ip;
		String emailKey = "comment:email:" + draft.email().toLowerCase(Locale.ROOT);
		Optional<Duration> wait = longer(
				throttle.waitFor(new Throttle.Limit(settings.commentsPerIpPerHour(), HOUR), ipKey),
				throttle.waitFor(new Throttle.Limit(settings.commentsPerEmailPerHour(), HOUR), emailKey));
		if (wait.isPresent()) {
			return new TooMany(wait.get());
		}
		throttle.record(ipKey, emailKey);
		var status = CommentStatus.ofNew(caughtAsSpam, false, !caughtAsSpam && comments.approvedBefore(draft.email()));
		return new Posted(comments.add(new NewComment(article.id(), draft.parentId(), draft.name(), draft.email(),
				accountId, false, draft.text(), ip), status, clock.instant()));
	}

	/** One level of replies, to a comment readers can see under the same article. */
	Optional<String> replyProblem(CommentedArticle article, long parentId) {
		Optional<Comment> parent = comments.withId(parentId)
			.filter(comment -> comment.articleId() == article.id() && comment.status() == CommentStatus.APPROVED);
		if (parent.isEmpty()) {
			return Optional.of("The comment you are replying to is not open for replies.");
		}
		if (parent.get().isReply()) {
			return Optional.of("You can reply to a comment, but not to a reply.");
		}
		return Optional.empty();
	}

	private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty()) {
			return b;
		}
		return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
	}
}
