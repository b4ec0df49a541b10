package org.backcare.content;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backcare.platform.FormErrors;

/**
 * The article editor's fields as typed. {@code id} is empty for a new article; {@code revision} is the revision
 * the author opened, so a save after someone else's can be refused. Tags and products are comma-separated.
 */
record ManuscriptForm(String id, String revision, String title, String slug, String summary, String authorName,
		String body, String tags, List<String> techniques, String products, String imagePath, String imageAlt,
		String imageCaption) {

	private static final Pattern IMAGE_PATH = Pattern.compile("/[A-Za-z0-9._~%/-]*");

	ManuscriptForm {
		techniques = techniques == null ? List.of() : List.copyOf(techniques);
	}

	static ManuscriptForm empty(String authorName) {
		return new ManuscriptForm("", "", "", "", "", authorName, "", "", List.of(), "", "", "", "");
	}

	static ManuscriptForm of(Manuscripts.Opened article) {
		Manuscript m = article.manuscript();
		return new ManuscriptForm(String.valueOf(article.id()), String.valueOf(article.revision()), m.title(), m.slug(),
				m.summary(), m.authorName(), m.body(), String.join(", ", m.tagNames()), m.techniqueSlugs(),
				String.join(", ", m.productSlugs()), orEmpty(m.imagePath()), orEmpty(m.imageAlt()),
				orEmpty(m.imageCaption()));
	}

	/** Empty fields filled as the page suggests: the slug from the title, the author as the person writing. */
	ManuscriptForm completed(String defaultAuthor) {
		return new ManuscriptForm(id, revision, title, blank(slug) ? SlugWords.of(title) : slug.strip(), summary,
				blank(authorName) ? defaultAuthor : authorName, body, tags, techniques, products, imagePath, imageAlt,
				imageCaption);
	}

	/** The same text at another revision: after a refused save, saving again replaces the newer revision. */
	ManuscriptForm basedOn(int newerRevision) {
		return new ManuscriptForm(id, String.valueOf(newerRevision), title, slug, summary, authorName, body, tags,
				techniques, products, imagePath, imageAlt, imageCaption);
	}

	/** Messages in the order of the fields on the page. */
	FormErrors errors(Set<String> knownTechniques) {
		var errors = FormErrors.none();
		length(errors, "title", title, 160, "Give the article a title");
		if (!SlugWords.isSlug(slug)) {
			errors.field("slug", "Use lower-case letters, digits and single hyphens, e.g. heat-or-cold (at most 120)");
		}
		length(errors, "summary", summary, 400, "Write a summary of a sentence or two");
		length(errors, "authorName", authorName, 100, "Name the author");
		length(errors, "body", body, 200_000, "Write the article");
		if (names(tags).stream().anyMatch(tag -> tag.length() > 60 || SlugWords.of(tag).isEmpty())) {
			errors.field("tags", "Separate tags with commas; each needs a letter or digit and at most 60 characters");
		}
		if (!knownTechniques.containsAll(techniques)) {
			errors.field("techniques", "Choose techniques from the list");
		}
		if (names(products).stream().anyMatch(product -> !SlugWords.isSlug(product))) {
			errors.field("products", "Write product slugs as in their address, e.g. foam-roller-smooth, separated by commas");
		}
		if (!blank(imagePath)) {
			if (!IMAGE_PATH.matcher(imagePath.strip()).matches() || imagePath.strip().startsWith("//")) {
				errors.field("imagePath", "Give the image's path on this site, e.g. /articles/images/12/back.svg");
			}
			length(errors, "imageAlt", imageAlt, 300, "Describe the image for people who cannot see it");
			if (imageCaption != null && imageCaption.length() > 300) {
				errors.field("imageCaption", "Keep the caption under 300 characters");
			}
		}
		return errors;
	}

	/** Only for a form without {@link #errors}. */
	Manuscript manuscript() {
		boolean image = !blank(imagePath);
		return new Manuscript(title.strip(), slug.strip(), summary.strip(), authorName.strip(), body, names(tags),
				techniques, names(products), image ? imagePath.strip() : null, image ? imageAlt.strip() : null,
				image && !blank(imageCaption) ? imageCaption.strip() : null);
	}

	int basedOnRevision() {
		return Integer.parseInt(revision);
	}

	boolean chose(String technique) {
		return techniques.contains(technique);
	}

	private static void length(FormErrors errors, String field, String value, int most, String missing) {
		if (blank(value)) {
			errors.field(field, missing);
		}
		else if (value.strip().length() > most) {
			errors.field(field, "Keep it under " + most + " characters");
		}
	}

	private static List<String> names(String commaSeparated) {
		return blank(commaSeparated) ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
