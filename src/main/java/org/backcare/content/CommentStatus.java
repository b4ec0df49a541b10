package org.backcare.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a reader's comment stands; only approved comments are shown. Restoring a comment that was marked as spam
 * or removed sends it back to the queue (PENDING) rather than to where it was: a comment that was taken down
 * deserves a fresh look before it is public again, and no earlier state needs keeping.
 */
enum CommentStatus {

	PENDING("Awaiting moderation"), APPROVED("Approved"), SPAM("Spam"), REMOVED("Removed");

	final String label;

	CommentStatus(String label) {
		this.label = label;
	}

	boolean allows(Moderation action) {
		return switch (action) {
			case APPROVE -> this == PENDING;
			case MARK_SPAM -> this == PENDING || this == APPROVED;
			case REMOVE -> this != REMOVED;
			case RESTORE -> this == SPAM || this == REMOVED;
		};
	}

	/** The status after a moderator's action; {@link IllegalStateException} for a move that is not allowed. */
	CommentStatus after(Moderation action) {
		if (!allows(action)) {
			throw new IllegalStateException("A " + name() + " comment cannot be moved by " + action);
		}
		return action.target;
	}

	List<Moderation> actions() {
		return Arrays.stream(Moderation.values()).filter(this::allows).toList();
	}

	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * A new comment: what the spam defences caught is kept as spam (the sender is told it awaits moderation); the
	 * practice's replies and the comments of someone the practice approved before appear at once; the rest waits.
	 */
	static CommentStatus ofNew(boolean caughtAsSpam, boolean byPractice, boolean approvedBefore) {
		if (caughtAsSpam) {
			return SPAM;
		}
		return byPractice || approvedBefore ? APPROVED : PENDING;
	}
}
