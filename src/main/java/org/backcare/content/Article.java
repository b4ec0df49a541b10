package org.backcare.content;

import java.time.Instant;
import java.util.List;

/** An article as it stands now (its latest revision), in whatever state of publication. */
record Article(long id, String slug, String title, String summary, String body, String author, String imagePath,
		String imageAlt, String imageCaption, List<String> techniques, List<String> products, Instant publishedAt,
		Instant unpublishedAt, Instant updatedAt, int revision, List<Tag> tags) {

	enum State {
		PUBLISHED, DRAFT, SCHEDULED, UNPUBLISHED;

		static State of(Instant publishedAt, Instant unpublishedAt, Instant now) {
			if (unpublishedAt != null) {
				return UNPUBLISHED;
			}
			if (publishedAt == null) {
				return DRAFT;
			}
			return publishedAt.isAfter(now) ? SCHEDULED : PUBLISHED;
		}
	}

	State stateAt(Instant now) {
		return State.of(publishedAt, unpublishedAt, now);
	}

	/** Only published articles are shown to visitors; admins may preview the others. */
	boolean visibleAt(Instant now) {
		return stateAt(now) == State.PUBLISHED;
	}

	/** The later of publication and the last edit: what the reader last saw change. */
	Instant lastModified() {
		return publishedAt == null || updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
	}
}
