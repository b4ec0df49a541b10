package org.backcare.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.backcare.content.PublishedArticles.Summary;

/**
 * The new articles a digest lists: published since the subscriber's last digest (for a first digest, since they
 * confirmed, at most two weeks back), on a topic they chose, newest first.
 */
final class ArticlePicks {

	static final int MOST = 5;

	static final Duration FIRST_DIGEST_LOOKS_BACK = Duration.ofDays(14);

	private ArticlePicks() {
	}

	/** Articles published after this moment are new to the subscriber. */
	static Instant since(Subscriber subscriber, Instant now) {
		if (subscriber.lastDigestAt() != null) {
			return subscriber.lastDigestAt();
		}
		Instant earliest = now.minus(FIRST_DIGEST_LOOKS_BACK);
		Instant joined = subscriber.confirmedAt() != null ? subscriber.confirmedAt() : subscriber.createdAt();
		return joined.isAfter(earliest) ? joined : earliest;
	}

	/**
	 * @param newestFirst published articles, newest first
	 */
	static List<Summary> choose(List<Summary> newestFirst, Set<Interest> interests, Instant since) {
		return newestFirst.stream()
			.filter(article -> article.publishedAt().isAfter(since))
			.filter(article -> interests.contains(Interest.NEW_ARTICLES) || interests.stream()
				.anyMatch(interest -> interest.articleTags.stream().anyMatch(article.tags()::contains)))
			.limit(MOST)
			.toList();
	}
}
