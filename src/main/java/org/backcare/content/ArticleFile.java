package org.backcare.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One article of the library as its author wrote it: front matter between two {@code ---} lines ({@code title:},
 * {@code slug:}, {@code summary:}, {@code author:}, {@code published:}, optional {@code updated:}, {@code tags:},
 * {@code techniques:}, {@code products:}, {@code image:}, {@code image_alt:}, {@code image_caption:}), then Markdown.
 * Pure: reading the file is the loader's business.
 */
record ArticleFile(String slug, String title, String summary, String author, LocalDate published, LocalDate updated,
		List<String> tags, List<String> techniques, List<String> products, String image, String imageAlt,
		String imageCaption, String body) {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** @throws IllegalArgumentException naming what is missing or malformed */
	static ArticleFile parse(String text) {
		String normalised = text.replace("\r\n", "\n").stripLeading();
		if (!normalised.startsWith("---\n")) {
			throw new IllegalArgumentException("no front matter: the file must start with a --- line");
		}
		int end = normalised.indexOf("\n---", 3);
		if (end < 0) {
			throw new IllegalArgumentException("the front matter has no closing --- line");
		}
		Map<String, String> fields = fields(normalised.substring(4, end));
		String body = normalised.substring(normalised.indexOf('\n', end + 1) + 1).strip();
		String slug = required(fields, "slug");
		if (!SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("slug '" + slug + "' is not lower-case words joined by hyphens");
		}
		if (body.isEmpty()) {
			throw new IllegalArgumentException("the article has no body");
		}
		return new ArticleFile(slug, required(fields, "title"), required(fields, "summary"), required(fields, "author"),
				date("published", required(fields, "published")), date("updated", fields.get("updated")),
				list(fields.get("tags")), list(fields.get("techniques")), list(fields.get("products")),
				fields.get("image"), fields.get("image_alt"), fields.get("image_caption"), body);
	}

	private static Map<String, String> fields(String frontMatter) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : frontMatter.split("\n")) {
			int colon = line.indexOf(':');
			if (line.isBlank() || line.startsWith("#") || colon < 0) {
				continue;
			}
			String value = unquoted(line.substring(colon + 1).strip());
			if (!value.isEmpty()) {
				fields.put(line.substring(0, colon).strip().toLowerCase(), value);
			}
		}
		return fields;
	}

	private static String unquoted(String value) {
		boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"));
		return quoted ? value.substring(1, value.length() - 1).strip() : value;
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null) {
			throw new IllegalArgumentException("front matter lacks " + name + ":");
		}
		return value;
	}

	private static LocalDate date(String name, String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException bad) {
			throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO date such as 2026-11-03");
		}
	}

	private static List<String> list(String value) {
		if (value == null) {
			return List.of();
		}
		// Also accepts a YAML-style [a, b] list, in case an author writes one.
		String bare = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
		return Arrays.stream(bare.split(",")).map(String::strip).map(ArticleFile::unquoted).filter(s -> !s.isEmpty())
			.distinct().toList();
	}
}
