package org.backcare.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.backcare.content.PublishedArticles.Summary;
import org.junit.jupiter.api.Test;

class ArticlePicksTest {

	static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

	static Summary article(long id, int hoursAgo, String... tags) {
		return new Summary(id, "article-" + id, "Article " + id, "Summary " + id, NOW.minus(Duration.ofHours(hoursAgo)),
				Set.of(tags));
	}

	static Subscriber subscriber(Instant confirmedAt, Instant lastDigestAt) {
		return new Subscriber(1, UUID.randomUUID(), "a@example.test", null, SubscriberStatus.CONFIRMED, Set.of(), null,
				confirmedAt.minusSeconds(60), confirmedAt, lastDigestAt, 1);
	}

	@Test
	void listsOnlyArticlesOnTheChosenTopics() {
		var articles = List.of(article(1, 1, "pregnancy"), article(2, 2, "desk-work"), article(3, 3, "heat-and-cold"),
				article(4, 4, "sciatica"), article(5, 5, "posture", "massage"));

		assertThat(ArticlePicks.choose(articles, Set.of(Interest.DESK_WORK), NOW.minus(Duration.ofDays(3))))
			.extracting(Summary::id).containsExactly(2L, 5L);
		assertThat(ArticlePicks.choose(articles, Set.of(Interest.SELF_CARE, Interest.PREGNANCY), NOW.minus(Duration.ofDays(3))))
			.extracting(Summary::id).containsExactly(1L, 3L);
		assertThat(ArticlePicks.choose(articles, Set.of(Interest.SHOP_OFFERS), NOW.minus(Duration.ofDays(3)))).isEmpty();
	}

	@Test
	void everyNewArticleForThoseWhoWantThemAllNewestFirstAtMostFive() {
		var articles = IntStream.rangeClosed(1, 8).mapToObj(n -> article(n, n, "evidence")).toList();

		assertThat(ArticlePicks.choose(articles, Set.of(Interest.NEW_ARTICLES), NOW.minus(Duration.ofDays(3))))
			.extracting(Summary::id).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void onlyArticlesPublishedSinceTheLastDigest() {
		var articles = List.of(article(1, 10, "self-care"), article(2, 30, "self-care"), article(3, 80, "self-care"));

		assertThat(ArticlePicks.choose(articles, Set.of(Interest.SELF_CARE), NOW.minus(Duration.ofHours(30))))
			.extracting(Summary::id).containsExactly(1L);
	}

	@Test
	void newSinceTheLastDigestOrForAFirstDigestSinceConfirmingAtMostTwoWeeksBack() {
		Instant lastDigest = NOW.minus(Duration.ofDays(3));
		assertThat(ArticlePicks.since(subscriber(NOW.minus(Duration.ofDays(40)), lastDigest), NOW)).isEqualTo(lastDigest);

		Instant confirmed = NOW.minus(Duration.ofDays(2));
		assertThat(ArticlePicks.since(subscriber(confirmed, null), NOW)).isEqualTo(confirmed);

		assertThat(ArticlePicks.since(subscriber(NOW.minus(Duration.ofDays(90)), null), NOW))
			.isEqualTo(NOW.minus(Duration.ofDays(14)));
	}
}
