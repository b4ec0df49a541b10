package org.backcare.content;

import java.util.List;

/**
 * Everything an author writes for one article, checked and ready to save: the form's fields once they are valid,
 * or an article file of the library once it is read.
 *
 * @param tagNames tag names as people read them; each becomes a tag whose slug is made from its name
 * @param imagePath the lead image's path on this site, or null for none (then alt and caption are null too)
 */
record Manuscript(String title, String slug, String summary, String authorName, String body, List<String> tagNames,
		List<String> techniqueSlugs, List<String> productSlugs, String imagePath, String imageAlt,
		String imageCaption) {

	Manuscript {
		tagNames = List.copyOf(tagNames);
		techniqueSlugs = List.copyOf(techniqueSlugs);
		productSlugs = List.copyOf(productSlugs);
	}

	/** The same article with an earlier revision's words (revisions keep title, summary and body). */
	Manuscript withWords(String title, String summary, String body) {
		return new Manuscript(title, slug, summary, authorName, body, tagNames, techniqueSlugs, productSlugs, imagePath,
				imageAlt, imageCaption);
	}
}
