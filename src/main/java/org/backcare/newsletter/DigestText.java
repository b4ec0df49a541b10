package org.backcare.newsletter;

/**
 * The plain-text part of a digest, for mail programs that show no HTML. Written here rather than in a template:
 * the pages' templates are compiled to escape HTML, which would show up as entities in plain text.
 */
final class DigestText {

	private DigestText() {
	}

	static String of(DigestView digest) {
		var text = new StringBuilder();
		text.append(digest.greeting()).append("\n\n");
		if (digest.tip() != null) {
			heading(text, "Your tip: " + digest.tip().title());
			digest.tip().paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
		}
		if (digest.story() != null) {
			heading(text, "A client's story");
			text.append('"').append(digest.story().text().strip()).append("\"\n- ").append(digest.story().displayName())
				.append("\n\n");
		}
		if (!digest.articles().isEmpty()) {
			heading(text, "New on BackCare");
			digest.articles().forEach(article -> text.append("* ").append(article.title()).append('\n')
				.append("  ").append(article.summary()).append('\n')
				.append("  Read it: ").append(article.url()).append("\n\n"));
		}
		if (!digest.picks().isEmpty()) {
			heading(text, "From the BackCare shop");
			digest.picks().forEach(pick -> text.append("* ").append(pick.title()).append(", ").append(pick.price())
				.append('\n').append("  ").append(pick.summary()).append('\n')
				.append("  See it: ").append(pick.url()).append("\n\n"));
		}
		text.append("-- \n")
			.append("You get this email because you signed up for the BackCare newsletter on ")
			.append(digest.signedUpOn()).append(".\n\n")
			.append("Manage preferences: ").append(digest.preferencesUrl()).append('\n')
			.append("Unsubscribe: ").append(digest.unsubscribeUrl()).append("\n\n")
			.append(DigestView.SAFETY).append("\n\n")
			.append("BackCare: ").append(digest.siteUrl()).append('\n');
		if (!digest.postalAddress().isEmpty()) {
			text.append(digest.postalAddress()).append('\n');
		}
		return text.toString();
	}

	private static void heading(StringBuilder text, String heading) {
		text.append(heading).append('\n').append("=".repeat(Math.min(heading.length(), 70))).append("\n\n");
	}
}
