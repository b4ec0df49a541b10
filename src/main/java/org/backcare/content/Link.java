package org.backcare.content;

/** A named link from an article to a technique's page or a product's page. */
record Link(String name, String href) {

	/** A readable name from a slug when nothing better is known: {@code foam-roller-smooth} is Foam roller smooth. */
	static String nameOf(String slug) {
		String words = slug.replace('-', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
