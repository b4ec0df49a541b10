package org.backcare.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.backcare.content.PublishedArticles;
import org.backcare.content.Testimonials;
import org.backcare.platform.PracticeSettings;
import org.backcare.platform.PublicLinks;
import org.backcare.shop.ShopWindow;
import org.springframework.stereotype.Component;

/**
 * Writes digests: a tip the subscriber has not had, a client story, the new articles on their topics and, for
 * those who asked, a few shop picks. A send run calls it for a batch at a time inside its transaction, so what
 * every digest of the batch shares is read once, the tips the batch has had in one statement, and the tips sent
 * are written in one more: no statement per subscriber.
 */
@Component
class DigestComposer {

	/** Articles older than this are in no digest, whenever the subscriber's last one was. */
	static final Duration ARTICLES_LOOK_BACK = Duration.ofDays(60);

	static final int SHOP_PICKS = 2;

	private static final int MOST_STORIES = 50;

	private static final int MOST_ARTICLES = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	private final TemplateEngine html = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.backcare");

	private final Tips tips;

	private final TipsSent tipsSent;

	private final PublishedArticles articles;

	private final Testimonials testimonials;

	private final ShopWindow shop;

	private final NewsletterLinks links;

	private final PublicLinks site;

	private final PracticeSettings practice;

	DigestComposer(Tips tips, TipsSent tipsSent, PublishedArticles articles, Testimonials testimonials, ShopWindow shop,
			NewsletterLinks links, PublicLinks site, PracticeSettings practice) {
		this.tips = tips;
		this.tipsSent = tipsSent;
		this.articles = articles;
		this.testimonials = testimonials;
		this.shop = shop;
		this.links = links;
		this.site = site;
		this.practice = practice;
	}

	/** Writes each subscriber's next digest (same order) and records the tips as sent, in the caller's transaction. */
	List<Digest> compose(List<Subscriber> subscribers, Instant now) {
		if (subscribers.isEmpty()) {
			return List.of();
		}
		Ingredients shared = ingredients(subscribers, now);
		Map<Long, Set<Long>> had = tipsSent.of(subscribers.stream().map(Subscriber::id).toList());
		List<Digest> digests = new ArrayList<>(subscribers.size());
		List<Long> startingAgain = new ArrayList<>();
		List<TipsSent.Sent> sent = new ArrayList<>();
		for (Subscriber subscriber : subscribers) {
			Set<Long> theirs = had.getOrDefault(subscriber.id(), Set.of());
			Optional<TipChoice> choice = TipChoice.next(shared.tips(), subscriber.interests(), theirs);
			choice.ifPresent(chosen -> {
				if (chosen.startsNewCycle()) {
					startingAgain.add(subscriber.id());
				}
				sent.add(new TipsSent.Sent(subscriber.id(), chosen.tip().id()));
			});
			digests.add(write(subscriber, choice, theirs.size(), shared, now));
		}
		tipsSent.forget(startingAgain, shared.tips().stream().map(Tip::id).toList());
		tipsSent.record(sent, now);
		return digests;
	}

	/** The next digest as compose would write it now; records nothing. */
	Digest preview(Subscriber subscriber, Instant now) {
		Ingredients shared = ingredients(List.of(subscriber), now);
		Set<Long> had = tipsSent.of(List.of(subscriber.id())).getOrDefault(subscriber.id(), Set.of());
		return write(subscriber, TipChoice.next(shared.tips(), subscriber.interests(), had), had.size(), shared, now);
	}

	private Ingredients ingredients(List<Subscriber> subscribers, Instant now) {
		boolean anyWantShop = subscribers.stream().anyMatch(subscriber -> subscriber.wants(Interest.SHOP_OFFERS));
		String base = site.to("/");
		return new Ingredients(tips.inCycle(), testimonials.approved(MOST_STORIES),
				articles.between(now.minus(ARTICLES_LOOK_BACK), now, MOST_ARTICLES),
				anyWantShop ? shop.featured(SHOP_PICKS) : List.of(), base.substring(0, base.length() - 1));
	}

	private Digest write(Subscriber subscriber, Optional<TipChoice> choice, int tipsHad, Ingredients shared,
			Instant now) {
		Tip tip = choice.map(TipChoice::tip).orElse(null);
		int digestsHad = choice.map(chosen -> chosen.startsNewCycle() ? 0 : tipsHad).orElse(tipsHad);
		List<DigestView.Link> news = ArticlePicks
			.choose(shared.articles(), subscriber.interests(), ArticlePicks.since(subscriber, now))
			.stream()
			.map(article -> new DigestView.Link(article.title(), article.summary(), null, shared.url(article.path())))
			.toList();
		List<DigestView.Link> picks = subscriber.wants(Interest.SHOP_OFFERS) ? shared.picks()
			.stream()
			.map(pick -> new DigestView.Link(pick.name(), pick.summary(), pick.price(), shared.url(pick.path())))
			.toList() : List.of();
		String unsubscribe = shared.url(links.path(NewsletterLinks.Purpose.UNSUBSCRIBE, subscriber));
		Instant joined = subscriber.confirmedAt() != null ? subscriber.confirmedAt() : subscriber.createdAt();
		var view = new DigestView(tip == null ? "Your BackCare newsletter" : "Your BackCare tip: " + tip.title(),
				subscriber.firstName(), tip, TestimonialRotation.pick(shared.stories(), digestsHad).orElse(null), news,
				picks, DAY.format(joined.atZone(practice.timeZone())), shared.url("/"),
				shared.url(links.path(NewsletterLinks.Purpose.PREFERENCES, subscriber)), unsubscribe,
				practice.postalAddress().strip());
		return new Digest(subscriber.id(), subscriber.email(), view.subject(), render(view), DigestText.of(view),
				unsubscribe);
	}

	private String render(DigestView view) {
		var output = new StringOutput();
		html.render("newsletter/digest.jte", Map.of("digest", view), output);
		return output.toString();
	}

	/** What every digest of a batch draws from, read once per batch. */
	private record Ingredients(List<Tip> tips, List<Testimonials.Published> stories,
			List<PublishedArticles.Summary> articles, List<ShopWindow.Pick> picks, String site) {

		String url(String path) {
			return site + path;
		}
	}
}
