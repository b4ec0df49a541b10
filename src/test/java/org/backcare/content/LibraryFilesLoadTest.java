package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every article file that ships (and every test sample) is one the loader reads, with tags that tags.txt names. */
class LibraryFilesLoadTest {

	@ParameterizedTest
	@ValueSource(strings = { "src/main/resources/content", "src/test/resources/content/samples" })
	void everyFileParsesAndUsesOnlyKnownTags(String root) throws IOException {
		Path articles = Path.of(root, "articles");
		if (!Files.isDirectory(articles)) {
			return;
		}
		List<String> tags = Files.readAllLines(Path.of(root, "tags.txt"), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> line.contains("|"))
			.map(line -> line.split("\\|", 2)[0].strip())
			.toList();
		try (Stream<Path> files = Files.list(articles)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				assertThatCode(() -> ArticleFile.parse(text)).as(file.toString()).doesNotThrowAnyException();
				assertThat(tags).as(file + " tags").containsAll(ArticleFile.parse(text).tags());
			}
		}
	}
}
