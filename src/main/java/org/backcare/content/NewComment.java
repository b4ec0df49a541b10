package org.backcare.content;

/** What is stored for a new comment, once its text has passed the checks. */
record NewComment(long articleId, Long parentId, String authorName, String email, Long accountId,
		boolean byPractice, String body, String ip) {
}
