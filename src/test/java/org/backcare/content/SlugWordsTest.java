package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugWordsTest {

	@Test
	void aTitleBecomesASlug() {
		assertThat(SlugWords.of("Heat or cold? What helps — and when")).isEqualTo("heat-or-cold-what-helps-and-when");
		assertThat(SlugWords.of("  Lomilomi & Ashiatsu: Café talk ")).isEqualTo("lomilomi-ashiatsu-cafe-talk");
		assertThat(SlugWords.of("!!!")).isEmpty();
		assertThat(SlugWords.of("a ".repeat(100))).hasSizeLessThanOrEqualTo(120).doesNotEndWith("-");
	}

	@Test
	void onlyLowerCaseWordsJoinedBySingleHyphensAreSlugs() {
		assertThat(SlugWords.isSlug("sitting-all-day-2")).isTrue();
		assertThat(SlugWords.isSlug("Sitting")).isFalse();
		assertThat(SlugWords.isSlug("double--hyphen")).isFalse();
		assertThat(SlugWords.isSlug("-edge")).isFalse();
		assertThat(SlugWords.isSlug("")).isFalse();
	}
}
