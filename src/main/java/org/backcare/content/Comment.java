package org.backcare.content;

import java.time.Instant;

/**
 * A reader's comment, or the practice's reply. The email address is for moderation and the approved-commenter
 * rule only: pages never show it.
 *
 * @param parentId the top-level comment this replies to, or null
 */
record Comment(long id, long articleId, Long parentId, String authorName, String email, boolean byPractice,
		String body, CommentStatus status, String ip, Instant createdAt) {

	boolean isReply() {
		return parentId != null;
	}

	/** The name shown above it: the practice replies as BackCare, whoever typed the reply. */
	String shownName() {
		return byPractice ? "BackCare" : authorName;
	}
}
