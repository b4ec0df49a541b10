package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.backcare.BackCareTest;
import org.backcare.TestData;
import org.backcare.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackCareTest
class CommentsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	Newsroom news;

	@BeforeEach
	void setUp() {
		news = new Newsroom(jdbc, stamps);
	}

	@Test
	void aNewCommentersCommentIsAcceptedAsPending() {
		String slug = news.article("API pending");

		var answer = new WebSession(port).postJson(path(slug), body("Rosa", TestData.email("api"), "Very helpful."));

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().path("status").asString()).isEqualTo("PENDING");
		long id = answer.json().path("id").asLong();
		assertThat(news.statusOf(id)).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void anApprovedCommentersCommentIsAcceptedAsApproved() {
		String slug = news.article("API approved");
		String email = TestData.email("regular");
		news.comment(slug, null, "Owen", email, "Before.", CommentStatus.APPROVED);

		var answer = new WebSession(port).postJson(path(slug), body("Owen", email, "Again."));

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().path("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void aReplyToAPublishedCommentIsAcceptedAndAReplyToAReplyIsNot() {
		String slug = news.article("API replies");
		long top = news.comment(slug, null, "Rosa", TestData.email("rosa"), "Top.", CommentStatus.APPROVED);
		long reply = news.comment(slug, top, "Dev", TestData.email("dev"), "Reply.", CommentStatus.APPROVED);
		long held = news.comment(slug, null, "Mo", TestData.email("mo"), "Held.", CommentStatus.PENDING);
		var api = new WebSession(port);

		var accepted = api.postJson(path(slug), withParent(body("Ana", TestData.email("ana"), "Me too."), top));
		var deeper = api.postJson(path(slug), withParent(body("Ana", TestData.email("ana"), "Deeper."), reply));
		var toHeld = api.postJson(path(slug), withParent(body("Ana", TestData.email("ana"), "Held?"), held));

		assertThat(accepted.status()).isEqualTo(202);
		assertThat(deeper.status()).isEqualTo(422);
		assertThat(deeper.json().path("fieldErrors").get(0).path("field").asString()).isEqualTo("parentId");
		assertThat(deeper.json().path("fieldErrors").get(0).path("message").asString())
			.isEqualTo("You can reply to a comment, but not to a reply.");
		assertThat(toHeld.status()).isEqualTo(422);
	}

	@Test
	void aReplyCannotPointAtACommentOnAnotherArticle() {
		String here = news.article("API here");
		String there = news.article("API there");
		long elsewhere = news.comment(there, null, "Rosa", TestData.email("rosa"), "There.", CommentStatus.APPROVED);

		var answer = new WebSession(port).postJson(path(here),
				withParent(body("Ana", TestData.email("ana"), "Crossed."), elsewhere));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
	}

	@Test
	void anUnknownOrUnpublishedArticleIsNotFound() {
		String draft = news.draft("API draft");
		var api = new WebSession(port);

		var unknown = api.postJson(path("no-such-article"), body("Rosa", TestData.email("api"), "Hello there."));
		var unpublished = api.postJson(path(draft), body("Rosa", TestData.email("api"), "Hello there."));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.mediaType()).isEqualTo("application/problem+json");
		assertThat(unpublished.status()).isEqualTo(404);
	}

	@Test
	void namesEveryFieldToFixAsAProblemDocument() {
		String slug = news.article("API invalid");

		var answer = new WebSession(port).postJson(path(slug), body("", "not-an-address", ""));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.mediaType()).isEqualTo("application/problem+json");
		var fields = new java.util.ArrayList<String>();
		answer.json().path("fieldErrors").forEach(error -> fields.add(error.path("field").asString()));
		assertThat(fields).containsExactly("name", "email", "text");
	}

	@Test
	void refusesMoreLinksThanTheLimitAndTextOverTheMaximumLength() {
		String slug = news.article("API limits");
		var api = new WebSession(port);

		var links = api.postJson(path(slug), body("Rosa", TestData.email("links"),
				"https://a.example https://b.example https://c.example"));
		var longText = api.postJson(path(slug), body("Rosa", TestData.email("long"), "a".repeat(3001)));

		assertThat(links.status()).isEqualTo(422);
		assertThat(links.json().path("fieldErrors").get(0).path("message").asString()).contains("at most 2 links");
		assertThat(longText.status()).isEqualTo(422);
		assertThat(longText.json().path("fieldErrors").get(0).path("message").asString()).contains("at most 3000");
	}

	@Test
	void limitsCommentsPerClientAddressWithRetryAfter() {
		String slug = news.article("API IP limit");
		var api = new WebSession(port);
		for (int i = 0; i < 10; i++) {
			assertThat(api.postJson(path(slug), body("Rosa", TestData.email("ip"), "Comment " + i)).status())
				.as("comment " + i)
				.isEqualTo(202);
		}

		var refused = api.postJson(path(slug), body("Rosa", TestData.email("ip"), "One too many."));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.mediaType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3601L);
		assertThat(new WebSession(port).postJson(path(slug), body("Rosa", TestData.email("other"), "From elsewhere."))
			.status()).as("another address is not limited").isEqualTo(202);
	}

	@Test
	void limitsCommentsPerEmailAddressFromAnyClientAddress() {
		String slug = news.article("API email limit");
		String email = TestData.email("chatty");
		for (int i = 0; i < 5; i++) {
			assertThat(new WebSession(port).postJson(path(slug), body("Rosa", email, "Comment " + i)).status())
				.as("comment " + i)
				.isEqualTo(202);
		}

		var refused = new WebSession(port).postJson(path(slug), body("Rosa", email.toUpperCase(), "One too many."));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
	}

	@Test
	void brokenJsonIsABadRequestNotAnError() {
		String slug = news.article("API broken");

		var answer = new WebSession(port).postJson(path(slug), "{\"name\": ", null);

		assertThat(answer.status()).isEqualTo(400);
	}

	private static String path(String slug) {
		return "/api/v1/articles/" + slug + "/comments";
	}

	private static Map<String, Object> body(String name, String email, String text) {
		var body = new HashMap<String, Object>();
		body.put("name", name);
		body.put("email", email);
		body.put("text", text);
		return body;
	}

	private static Map<String, Object> withParent(Map<String, Object> body, long parentId) {
		body.put("parentId", parentId);
		return body;
	}
}
