package org.backcare.content;

import java.util.Arrays;
import java.util.Optional;

/** What a moderator can do to a reader's comment; {@code slug} is the last part of the action's URL. */
enum Moderation {

	APPROVE("approve", "Approve", CommentStatus.APPROVED),
	MARK_SPAM("spam", "Mark as spam", CommentStatus.SPAM),
	REMOVE("remove", "Remove", CommentStatus.REMOVED),
	RESTORE("restore", "Restore to the queue", CommentStatus.PENDING);

	final String slug;

	final String label;

	final CommentStatus target;

	Moderation(String slug, String label, CommentStatus target) {
		this.slug = slug;
		this.label = label;
		this.target = target;
	}

	static Optional<Moderation> ofSlug(String slug) {
		return Arrays.stream(values()).filter(action -> action.slug.equals(slug)).findFirst();
	}
}
