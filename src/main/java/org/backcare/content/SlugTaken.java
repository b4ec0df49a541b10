package org.backcare.content;

/** Another article has this slug, now or as an old address that still redirects to it. */
class SlugTaken extends RuntimeException {

	private final String holderTitle;

	SlugTaken(String slug, String holderTitle) {
		super("The slug " + slug + " belongs to " + holderTitle);
		this.holderTitle = holderTitle;
	}

	String holderTitle() {
		return holderTitle;
	}
}
