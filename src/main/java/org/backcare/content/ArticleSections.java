package org.backcare.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import gg.jte.Content;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What other modules add below an article, in their order. */
@Component
class ArticleSections {

	private final ObjectProvider<ArticleSection> sections;

	ArticleSections(ObjectProvider<ArticleSection> sections) {
		this.sections = sections;
	}

	List<Content> of(Article article) {
		Set<String> tags = article.tags().stream().map(Tag::slug).collect(Collectors.toUnmodifiableSet());
		return sections.orderedStream().map(section -> section.content(tags)).toList();
	}
}
