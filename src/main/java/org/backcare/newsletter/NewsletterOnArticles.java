package org.backcare.newsletter;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.backcare.content.ArticleSection;
import org.springframework.stereotype.Component;

/** The sign-up form below every article, with the article's own topic ticked. */
@Component
class NewsletterOnArticles implements ArticleSection {

	/** The topics an article can suggest; the others are not about what a reader is reading. */
	private static final Set<Interest> BY_TOPIC = EnumSet.of(Interest.PREGNANCY, Interest.DESK_WORK, Interest.SELF_CARE);

	private final TemplateEngine templates;

	NewsletterOnArticles(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public Content content(Set<String> tags) {
		var signUp = new SignUpRequest("", "", List.of(SignUp.codes(ticked(tags))), SignUpForm.ARTICLE.name(), "");
		return output -> templates.render("newsletter/article-signup.jte", Map.of("signUp", signUp), output);
	}

	/** Every new article, and the topics this article is about; the usual suggestion when it matches none. */
	static Set<Interest> ticked(Set<String> tags) {
		Set<Interest> ticked = EnumSet.noneOf(Interest.class);
		BY_TOPIC.stream()
			.filter(interest -> interest.articleTags.stream().anyMatch(tags::contains))
			.forEach(ticked::add);
		if (ticked.isEmpty()) {
			return Interest.SUGGESTED;
		}
		ticked.add(Interest.NEW_ARTICLES);
		return ticked;
	}
}
