package org.backcare.content;

/** Someone saved the article after the revision this save was based on: saving would overwrite their work. */
class StaleRevision extends RuntimeException {

	private final int current;

	StaleRevision(long articleId, int basedOn, int current) {
		super("Article " + articleId + " is at revision " + current + ", the save was based on " + basedOn);
		this.current = current;
	}

	int current() {
		return current;
	}
}
