package org.backcare.content;

import java.time.Instant;
import java.util.List;

/**
 * The daily digest: comments are waiting for the practice. Carries what the email shows, oldest first, so
 * nobody calls back.
 *
 * @param pending how many wait in all (more than {@code oldest} may list)
 * @param queuePath where the queue is, e.g. /admin/comments
 */
public record CommentsAwaitModeration(int pending, List<Waiting> oldest, String queuePath) {

	/** One waiting comment, shortened for the email. */
	public record Waiting(String articleTitle, String authorName, String excerpt, Instant sentAt) {
	}
}
