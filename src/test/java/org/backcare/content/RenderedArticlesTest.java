package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderedArticlesTest {

	@Test
	void aRevisionIsRenderedOnceAndANewRevisionAfresh() {
		var cache = new RenderedArticles(10);

		var first = cache.of(1, 1, "## One\n\nText.");
		var again = cache.of(1, 1, "ignored: the revision is already rendered");
		var edited = cache.of(1, 2, "## Two\n\nText.");

		assertThat(again).isSameAs(first);
		assertThat(edited.html()).contains("Two");
	}

	@Test
	void theLeastRecentlyReadRevisionMakesRoomWhenFull() {
		var cache = new RenderedArticles(2);
		var one = cache.of(1, 1, "one");
		var two = cache.of(2, 1, "two");
		assertThat(cache.of(1, 1, "one")).isSameAs(one);

		cache.of(3, 1, "three");

		assertThat(cache.of(1, 1, "one")).isSameAs(one);
		assertThat(cache.of(2, 1, "two")).isNotSameAs(two);
	}
}
