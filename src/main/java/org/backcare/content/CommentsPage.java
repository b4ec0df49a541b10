package org.backcare.content;

import java.util.List;

import org.backcare.platform.FormErrors;

/**
 * Everything the comments under an article show: the approved conversations, the form (a reply when
 * {@code replyingTo} is set) and, just after sending, the reader's own comment.
 *
 * @param posted the comment this visitor just sent, shown to them whatever its status; or null
 * @param waitMessage why the comment was not taken yet (too many in a short time); or null
 */
record CommentsPage(CommentedArticle article, List<Conversation> conversations, CommentForm form, FormErrors errors,
		String stamp, Comment replyingTo, Comment posted, String waitMessage, int maxLength) {

	int count() {
		return conversations.stream().mapToInt(conversation -> 1 + conversation.replies().size()).sum();
	}

	boolean published() {
		return posted != null && posted.status() == CommentStatus.APPROVED;
	}
}
