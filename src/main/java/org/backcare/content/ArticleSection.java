package org.backcare.content;

import java.util.Set;

import gg.jte.Content;

/**
 * A section another module adds below the body of every article page (the newsletter sign-up, say) without
 * content depending on it. Article pages are cached for anonymous visitors, so the content must depend only on
 * the article and must not read the CSRF token.
 */
public interface ArticleSection {

	/** @param tags the slugs of the article's tags, e.g. {@code desk-work} */
	Content content(Set<String> tags);
}
