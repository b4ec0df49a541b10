package org.backcare.content;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backcare.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo readers' comments under two articles (approved ones with a reply from the practice, and one waiting in the
 * queue), and clients' testimonials: three published, one waiting. After the article library (order 80); an
 * article that is not there is skipped, and an article that has comments already, or a client who has a
 * testimonial already, is left alone, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoComments {

	private static final Logger log = LoggerFactory.getLogger(DemoComments.class);

	private static final String ADMIN = "admin@demo.backcare.test";

	private record Said(String name, String email, String text, int daysAgo, CommentStatus status, String reply) {
	}

	private record Story(String email, NameShown shown, String text, boolean approved) {
	}

	private static final List<Story> STORIES = List.of(
			new Story("client1@demo.backcare.test", NameShown.FIRST_NAME_INITIAL,
					"I came in barely able to sit through a work meeting. Maya explained every step, kept the pressure where I "
							+ "could still breathe easily, and gave me two stretches I actually do. Six weeks on, my mornings are mine again.",
					true),
			new Story("past1@demo.backcare.test", NameShown.FULL_NAME,
					"What I valued most was the honesty: they told me what massage can and cannot do for my back, and checked "
							+ "how I was doing after every session. The check-ins made me notice how much better I was getting.",
					true),
			new Story("past2@demo.backcare.test", NameShown.ANONYMOUS,
					"Calm rooms, no rush, and a therapist who listened. The home programme was short enough that I kept it up.",
					true),
			new Story("client2@demo.backcare.test", NameShown.FIRST_NAME_INITIAL,
					"Tomás made the side-lying sessions comfortable all through my third trimester. I slept better after each one.",
					false));

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	DemoComments(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(85)
	@Transactional
	void createDemoComments() {
		Instant now = clock.instant();
		Long admin = people.withEmail(ADMIN).map(person -> person.id().value()).orElse(null);
		int comments = comment("lower-back-pain-explained", admin, now, List.of(
				new Said("Rosa M.", "rosa@example.com",
						"This is the first explanation that made sense to me. My doctor said \"non-specific\" and I thought it meant "
								+ "nobody knew anything. Knowing most cases settle within weeks is a relief.",
						9, CommentStatus.APPROVED,
						"Thank you, Rosa. Most episodes do ease within a few weeks; if yours doesn't, or anything on our red-flag "
								+ "list turns up, please see your doctor first."),
				new Said("Dev", "dev@example.com",
						"Does sitting on a gym ball instead of a chair help? I've seen it recommended at work.", 4,
						CommentStatus.APPROVED, null),
				new Said("Marta K.", "marta@example.com",
						"Is it normal for the pain to move from one side to the other from day to day?", 1, CommentStatus.PENDING,
						null)));
		// 7.1: heat wraps have moderate evidence for acute back pain, cold too little to say
		comments += comment("heat-or-cold-for-back-pain", admin, now, List.of(new Said("Owen", "owen@example.com",
				"Heat in the evening has been the thing that helps me most. Good to read why.\n\nThanks for the tip about "
						+ "never sleeping on a heat pad.",
				6, CommentStatus.APPROVED,
				"Glad it helps, Owen. Heat has the better evidence of the two for a sore back; keep a layer between "
						+ "the pad and your skin, and switch it off before you sleep.")));
		int testimonials = 0;
		for (Story story : STORIES) {
			testimonials += testimonial(story, admin, now);
		}
		if (comments + testimonials > 0) {
			log.info("Demo: {} comments and {} testimonials", comments, testimonials);
		}
	}

	private int comment(String slug, Long admin, Instant now, List<Said> said) {
		Long article = jdbc.sql("select id from content_articles where slug = :slug and published_at <= now()")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (article == null || jdbc.sql("select exists (select 1 from content_comments where article_id = :article)")
			.param("article", article)
			.query(Boolean.class)
			.single()) {
			return 0;
		}
		int added = 0;
		for (Said one : said) {
			Instant at = now.minus(Duration.ofDays(one.daysAgo())).minus(Duration.ofHours(3));
			long id = insert(article, null, one.name(), one.email(), null, false, one.text(), one.status(), "203.0.113.7", at);
			added++;
			if (one.reply() != null && admin != null) {
				insert(article, id, "BackCare", ADMIN, admin, true, one.reply(), CommentStatus.APPROVED, null,
						at.plus(Duration.ofHours(5)));
				added++;
			}
		}
		return added;
	}

	private long insert(long article, Long parent, String name, String email, Long account, boolean practice, String text,
			CommentStatus status, String ip, Instant at) {
		return jdbc.sql("""
				insert into content_comments (article_id, parent_id, author_name, email, account_id, by_practice, body,
				                              status, ip, created_at, moderated_at)
				values (:article, :parent, :name, :email, :account, :practice, :body, :status, :ip, :at,
				        case when :status = 'APPROVED' then cast(:at as timestamptz) + interval '2 hours' end)
				returning id""")
			.param("article", article)
			.param("parent", parent, Types.BIGINT)
			.param("name", name)
			.param("email", email)
			.param("account", account, Types.BIGINT)
			.param("practice", practice)
			.param("body", text)
			.param("status", status.name())
			.param("ip", ip, Types.VARCHAR)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	private int testimonial(Story story, Long admin, Instant now) {
		var client = people.withEmail(story.email()).orElse(null);
		if (client == null || jdbc.sql("select exists (select 1 from content_testimonials where account_id = :account)")
			.param("account", client.id().value())
			.query(Boolean.class)
			.single()) {
			return 0;
		}
		Instant sent = now.minus(Duration.ofDays(story.approved() ? 12 : 1));
		jdbc.sql("""
				insert into content_testimonials (account_id, body, name_shown, display_name, consent_wording,
				                                  consent_version, consented_at, status, submitted_at, decided_at, decided_by)
				values (:account, :body, :shown, :display, :wording, :version, :sent, :status, :sent, :decided, :admin)""")
			.param("account", client.id().value())
			.param("body", story.text())
			.param("shown", story.shown().name())
			.param("display", story.shown().display(client.name()))
			.param("wording", TestimonialConsent.WORDING)
			.param("version", TestimonialConsent.VERSION)
			.param("sent", Timestamp.from(sent))
			.param("status", story.approved() ? "APPROVED" : "PENDING")
			.param("decided", story.approved() ? Timestamp.from(sent.plus(Duration.ofDays(1))) : null, Types.TIMESTAMP)
			.param("admin", story.approved() ? admin : null, Types.BIGINT)
			.update();
		return 1;
	}
}
