package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article library is plain files (issue 7, library part): these checks keep every file loadable by the
 * reading part and every link, tag, image and slug in it pointing at something that exists. No Spring.
 */
class ArticleLibraryFilesTest {

	private static final Path ARTICLES = Path.of("src/main/resources/content/articles");

	private static final Path TAGS = Path.of("src/main/resources/content/tags.txt");

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.md");

	private static final Set<String> REQUIRED = Set.of("title", "slug", "summary", "author", "published", "tags",
			"techniques", "products", "image", "image_alt", "image_caption");

	private static final Set<String> KNOWN = union(REQUIRED, Set.of("updated"));

	private static final Set<String> TECHNIQUES = Set.of("swedish", "deep-tissue", "trigger-point",
			"myofascial-release", "prenatal", "lomilomi", "ashiatsu", "hip-and-glute");

	private static final Set<String> PRODUCTS = Set.of("foam-roller-smooth", "foam-roller-textured",
			"massage-ball-pair", "peanut-massage-ball", "trigger-point-hook", "handheld-massager", "wheat-heat-pack",
			"gel-cold-pack", "hot-cold-lumbar-wrap", "kinesiology-tape", "menthol-cooling-balm", "cbd-muscle-salve",
			"memory-foam-seat-cushion", "lumbar-support-cushion", "coccyx-cut-out-cushion");

	private static final Set<String> AUTHORS = Set.of("Dana Whitfield", "Maya Okafor", "Tomás Herrera",
			"Leilani Kahale");

	// 11.4 and 7.6 of the fact sheet: no toxin talk, no promises.
	private static final Pattern BANNED = Pattern.compile("\\b(detox\\w*|cure|cures|cured|miracle\\w*|guaranteed?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((\\S+?)(?:\\s+\"([^\"]*)\")?\\)");

	private static final Pattern LINK = Pattern.compile("\\]\\((/[^)\\s]*)");

	private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 11, 15);

	private static List<Article> articles;

	private static Map<String, String> tags;

	@BeforeAll
	static void readTheLibrary() throws IOException {
		try (Stream<Path> files = Files.list(ARTICLES)) {
			articles = files.filter(file -> file.toString().endsWith(".md")).sorted().map(Article::read).toList();
		}
		tags = new LinkedHashMap<>();
		for (String line : Files.readAllLines(TAGS, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				String[] parts = line.split("\\|", -1);
				assertThat(parts).as("tags.txt line %s", line).hasSize(2);
				assertThat(parts[0]).as("tag slug").matches(SLUG);
				assertThat(parts[1]).as("tag name of %s", parts[0]).isNotBlank().hasSizeLessThanOrEqualTo(60);
				assertThat(tags.put(parts[0], parts[1])).as("tag %s listed twice", parts[0]).isNull();
			}
		}
	}

	@Test
	void theLibraryHoldsAtLeastTwelveArticles() {
		assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void everyArticleHasCompleteFrontMatterWithinTheDatabaseLimits() {
		for (Article article : articles) {
			assertThat(article.front().keySet()).as(article.name()).containsAll(REQUIRED);
			assertThat(KNOWN).as(article.name() + ": unknown keys").containsAll(article.front().keySet());
			for (String key : List.of("title", "slug", "summary", "author", "published", "image", "image_alt",
					"image_caption")) {
				assertThat(article.get(key)).as(article.name() + " " + key).isNotBlank();
			}
			assertThat(article.get("title")).as(article.name()).hasSizeLessThanOrEqualTo(160);
			assertThat(article.get("summary")).as(article.name()).hasSizeLessThanOrEqualTo(400);
			assertThat(article.get("image_alt")).as(article.name()).hasSizeLessThanOrEqualTo(300);
			assertThat(article.get("image_caption")).as(article.name()).hasSizeLessThanOrEqualTo(300);
			assertThat(AUTHORS).as(article.name() + " author").contains(article.get("author"));
		}
	}

	@Test
	void publicationDatesAreIsoDatesInThePlannedWindow() {
		for (Article article : articles) {
			LocalDate published = LocalDate.parse(article.get("published"));
			assertThat(published).as(article.name()).isBetween(FIRST, LAST);
			if (article.front().containsKey("updated")) {
				assertThat(LocalDate.parse(article.get("updated"))).as(article.name()).isAfterOrEqualTo(published);
			}
		}
	}

	@Test
	void slugsAreCleanUniqueAndMatchTheFileNames() {
		Set<String> seen = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		for (Article article : articles) {
			String slug = article.get("slug");
			assertThat(slug).as(article.name()).matches(SLUG).hasSizeLessThanOrEqualTo(120);
			assertThat(seen.add(slug)).as("slug %s used twice", slug).isTrue();
			Matcher name = FILE_NAME.matcher(article.name());
			assertThat(name.matches()).as("file name %s is NN-slug.md", article.name()).isTrue();
			assertThat(name.group(2)).as(article.name()).isEqualTo(slug);
			assertThat(numbers.add(name.group(1))).as("number %s used twice", name.group(1)).isTrue();
		}
	}

	@Test
	void everyArticleHasTwoToFourKnownTags() {
		for (Article article : articles) {
			assertThat(article.list("tags")).as(article.name()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
			assertThat(tags.keySet()).as(article.name()).containsAll(article.list("tags"));
		}
	}

	@Test
	void everyTagIsUsedByAtLeastOneArticle() {
		Set<String> used = articles.stream().flatMap(article -> article.list("tags").stream()).collect(Collectors.toSet());
		assertThat(used).containsAll(tags.keySet());
	}

	@Test
	void techniquesAndProductsAreOnesThePracticeOffers() {
		for (Article article : articles) {
			assertThat(TECHNIQUES).as(article.name()).containsAll(article.list("techniques"));
			assertThat(PRODUCTS).as(article.name()).containsAll(article.list("products"));
			assertThat(article.links("/therapies/")).as(article.name()).allMatch(TECHNIQUES::contains);
			assertThat(article.links("/shop/products/")).as(article.name()).allMatch(PRODUCTS::contains);
		}
	}

	@Test
	void everyLinkToAnotherArticlePointsToOneInTheLibrary() {
		Set<String> slugs = articles.stream().map(article -> article.get("slug")).collect(Collectors.toSet());
		for (Article article : articles) {
			assertThat(slugs).as(article.name()).containsAll(article.links("/articles/"));
			assertThat(article.links("/articles/")).as(article.name() + " links to itself")
				.doesNotContain(article.get("slug"));
		}
	}

	@Test
	void everyImageExistsAndHasAltText() {
		for (Article article : articles) {
			assertThat(STATIC.resolve(article.get("image").substring(1))).as(article.name()).isRegularFile();
			Matcher image = IMAGE.matcher(article.body());
			int figures = 0;
			while (image.find()) {
				figures++;
				assertThat(image.group(1)).as(article.name() + " alt text of " + image.group(2)).isNotBlank();
				assertThat(image.group(2)).as(article.name()).startsWith("/images/articles/");
				assertThat(STATIC.resolve(image.group(2).substring(1))).as(article.name()).isRegularFile();
				assertThat(image.group(3)).as(article.name() + " caption of " + image.group(2)).isNotBlank();
			}
			assertThat(figures).as(article.name() + " inline figures").isPositive();
			assertThat(article.body()).as(article.name() + ": an image without the Markdown syntax")
				.doesNotContain("<img");
		}
	}

	@Test
	void illustrationsAreSmallSelfContainedSvgs() throws IOException {
		try (Stream<Path> files = Files.list(STATIC.resolve("images/articles"))) {
			for (Path file : files.toList()) {
				String svg = Files.readString(file, StandardCharsets.UTF_8);
				assertThat(file.toString()).endsWith(".svg");
				assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(4096);
				assertThat(svg).as(file.toString())
					.contains("viewBox=")
					.contains("width=")
					.contains("height=")
					.doesNotContainIgnoringCase("<script")
					.doesNotContainIgnoringCase("href")
					.doesNotContainIgnoringCase("url(")
					.doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
			}
		}
	}

	@Test
	void everyArticleHasSectionsAndALengthWorthReading() {
		for (Article article : articles) {
			long sections = article.body().lines().filter(line -> line.startsWith("## ")).count();
			assertThat(sections).as(article.name() + " sections").isBetween(3L, 6L);
			assertThat(article.body()).as(article.name() + ": the title is the only h1").doesNotContain("\n# ");
			assertThat(article.words()).as(article.name() + " words").isBetween(600, 1100);
		}
	}

	@Test
	void everyArticleRendersWithItsFiguresTablesAndContents() {
		for (Article article : articles) {
			var rendered = ArticleMarkdown.render(article.body());
			long figures = IMAGE.matcher(article.body()).results().count();
			assertThat(rendered.html().split("<figure>", -1)).as(article.name()).hasSize((int) figures + 1);
			assertThat(rendered.html()).as(article.name()).doesNotContain("<h1").doesNotContain("![");
			if (article.body().contains("|---")) {
				assertThat(rendered.html()).as(article.name()).contains("<table>");
			}
			assertThat(rendered.sections()).as(article.name()).allMatch(section -> section.anchor() != null);
			assertThat(rendered.readingMinutes()).as(article.name()).isBetween(3, 6);
		}
	}

	@Test
	void noArticleMakesToxinOrCurePromises() {
		for (Article article : articles) {
			List<String> found = new ArrayList<>();
			Matcher banned = BANNED.matcher(article.text());
			while (banned.find()) {
				found.add(banned.group());
			}
			assertThat(found).as(article.name()).isEmpty();
		}
	}

	@Test
	void sciaticaIsCoveredWellEnoughToBeFound() {
		assertThat(articles).filteredOn(article -> article.get("title").toLowerCase().contains("sciatica")).isNotEmpty();
		assertThat(articles).filteredOn(article -> article.text().toLowerCase().contains("sciatica")).hasSizeGreaterThanOrEqualTo(2);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	/** One file: its front matter (key: value lines between two --- lines) and its Markdown body. */
	private record Article(String name, Map<String, String> front, String body) {

		static Article read(Path file) {
			try {
				String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
				assertThat(content).as(file.toString()).startsWith("---\n");
				int end = content.indexOf("\n---\n", 4);
				assertThat(end).as(file + ": front matter closes").isPositive();
				Map<String, String> front = new LinkedHashMap<>();
				for (String line : content.substring(4, end).split("\n")) {
					int colon = line.indexOf(':');
					assertThat(colon).as(file + ": front matter line " + line).isPositive();
					String key = line.substring(0, colon).strip();
					assertThat(front.put(key, line.substring(colon + 1).strip())).as(file + ": key " + key + " twice").isNull();
				}
				return new Article(file.getFileName().toString(), front, content.substring(end + 5));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String get(String key) {
			return front.getOrDefault(key, "");
		}

		List<String> list(String key) {
			return Arrays.stream(get(key).split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
		}

		/** Every text a reader sees: front matter values and body. */
		String text() {
			return String.join("\n", front.values()) + "\n" + body;
		}

		/** The slugs after a path prefix in the body's links, without query or fragment. */
		List<String> links(String prefix) {
			List<String> found = new ArrayList<>();
			Matcher link = LINK.matcher(body);
			while (link.find()) {
				String path = link.group(1).replaceAll("[#?].*", "");
				if (path.startsWith(prefix)) {
					found.add(path.substring(prefix.length()));
				}
			}
			return found;
		}

		/** Words a reader reads: tokens with a letter or digit, so table pipes and list marks do not count. */
		int words() {
			String prose = IMAGE.matcher(body).replaceAll(" ");
			return (int) Arrays.stream(prose.split("\\s+")).filter(token -> token.matches(".*[\\p{L}\\p{N}].*")).count();
		}
	}
}
