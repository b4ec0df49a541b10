package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.backcare.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What digests are made of, written straight into the tables as the other parts would leave them: confirmed
 * subscribers, published articles, approved testimonials and products in stock, each unique so tests sharing a
 * database never meet.
 */
final class DigestKitchen {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	DigestKitchen(JdbcClient jdbc, Subscribers subscribers) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
	}

	Subscriber subscriber(String firstName, Set<Interest> interests, Instant confirmedAt) {
		long id = jdbc.sql("""
				insert into newsletter_subscribers (email, first_name, status, interests, created_at, confirmed_at)
				values (:email, :name, 'CONFIRMED', :interests, :confirmed, :confirmed) returning id""")
			.param("email", TestData.email("reader"))
			.param("name", firstName)
			.param("interests", interests.stream().map(Interest::name).toArray(String[]::new))
			.param("confirmed", Timestamp.from(confirmedAt))
			.query(Long.class)
			.single();
		return subscribers.withId(id).orElseThrow();
	}

	/** @return the new article's path */
	String article(String title, Instant publishedAt, String... tags) {
		String slug = "digest-test-" + unique();
		long id = jdbc.sql("""
				insert into content_articles (slug, title, summary, body_md, author_name, published_at)
				values (:slug, :title, :summary, 'Body.', 'Test Author', :published) returning id""")
			.param("slug", slug)
			.param("title", title)
			.param("summary", "What " + title + " is about.")
			.param("published", Timestamp.from(publishedAt))
			.query(Long.class)
			.single();
		for (String tag : tags) {
			jdbc.sql("insert into content_tags (slug, name) values (:tag, :tag) on conflict do nothing").param("tag", tag).update();
			jdbc.sql("insert into content_article_tags (article_id, tag_slug) values (:id, :tag)")
				.param("id", id)
				.param("tag", tag)
				.update();
		}
		return "/articles/" + slug;
	}

	void testimonial(String text, String displayName) {
		jdbc.sql("""
				insert into content_testimonials (body, name_shown, display_name, consent_wording, consent_version,
				                                  consented_at, status, decided_at)
				values (:body, 'FULL_NAME', :name, 'I agree.', 'test', now(), 'APPROVED', now())""")
			.param("body", text)
			.param("name", displayName)
			.update();
	}

	/** A product with one variant of this stock at $24.00; @return its page */
	String product(String name, int stock) {
		jdbc.sql("insert into shop_categories (slug, name, sort_order) values ('digest-tests', 'Digest tests', 98) on conflict do nothing")
			.update();
		String slug = "digest-product-" + unique();
		long id = jdbc.sql("""
				insert into shop_products (slug, name, category_slug, summary, what_it_is_for, how_to_use, who_should_not,
				                           image_path, image_alt)
				values (:slug, :name, 'digest-tests', 'A test product for digests.', 'Testing.', 'Carefully.', 'Nobody.',
				        '/images/test.svg', 'A test image')
				returning id""")
			.param("slug", slug)
			.param("name", name)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into shop_variants (sku, product_id, price_minor, currency, stock)
				values (:sku, :id, 2400, 'USD', :stock)""")
			.param("sku", "DIGEST-" + unique().toUpperCase())
			.param("id", id)
			.param("stock", stock)
			.update();
		return "/shop/products/" + slug;
	}

	private static String unique() {
		return SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}
}
