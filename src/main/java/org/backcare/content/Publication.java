package org.backcare.content;

import java.time.Instant;

/**
 * When an article is out: no date is a draft, a date ahead is scheduled, a date passed is published, and a
 * take-down date makes it unpublished until it is published again.
 */
record Publication(Instant publishedAt, Instant unpublishedAt) {

	enum State {

		DRAFT("Draft"), SCHEDULED("Scheduled"), PUBLISHED("Published"), UNPUBLISHED("Unpublished");

		private final String label;

		State(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	State state(Instant now) {
		if (unpublishedAt != null) {
			return State.UNPUBLISHED;
		}
		if (publishedAt == null) {
			return State.DRAFT;
		}
		return publishedAt.isAfter(now) ? State.SCHEDULED : State.PUBLISHED;
	}

	/** Whether readers may have seen it at its address, so a new slug must leave the old one redirecting. */
	boolean hasBeenOut(Instant now) {
		return publishedAt != null && !publishedAt.isAfter(now);
	}
}
