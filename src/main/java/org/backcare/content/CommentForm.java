package org.backcare.content;

/**
 * The "Leave a comment" form as posted.
 *
 * @param website the honeypot: hidden from people, so only a bot fills it in
 * @param shownAt the signed moment the form was shown ({@link FormStamps})
 */
record CommentForm(String name, String email, String text, String parentId, String website, String shownAt) {

	static CommentForm blank(String name, String email, Long parentId) {
		return new CommentForm(name, email, "", parentId == null ? "" : parentId.toString(), "", "");
	}

	CommentDraft draft() {
		return new CommentDraft(name, email, text, parent());
	}

	/** The comment this replies to; a number that is not one is no comment anyone can reply to. */
	Long parent() {
		if (parentId == null || parentId.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(parentId.strip());
		}
		catch (NumberFormatException e) {
			return -1L;
		}
	}

	boolean honeypotFilled() {
		return website != null && !website.isEmpty();
	}

	/** The same words, for the form shown again after a problem: nothing the reader wrote is lost. */
	CommentForm again() {
		return new CommentForm(name, email, text, parentId, "", "");
	}
}
