package org.backcare.content;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/articles/{slug}/comments: a comment from an app, for anyone. The same checks, link limit and rate
 * limits as the form; the form's honeypot and minimum time on the page have no meaning here.
 */
@RestController
class CommentsApi {

	/** What an app sends; {@code parentId} only for a reply. */
	record CommentRequest(String name, String email, String text, Long parentId) {
	}

	/** Accepted: published at once (APPROVED) or waiting for the practice (PENDING). */
	record CommentAccepted(long id, String status) {
	}

	record FieldMessage(String field, String message) {
	}

	private final CommentedArticles articles;

	private final CommentPosting posting;

	CommentsApi(CommentedArticles articles, CommentPosting posting) {
		this.articles = articles;
		this.posting = posting;
	}

	@PostMapping("/api/v1/articles/{slug}/comments")
	@Operation(summary = "Leave a comment on a published article",
			description = "No sign-in needed. A comment from an address with an approved comment before is published "
					+ "at once; others wait for moderation. Rate-limited per client address and per email address.")
	@ApiResponse(responseCode = "202", description = "Accepted; status says whether it is published")
	@ApiResponse(responseCode = "404", description = "No published article with this slug",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "fieldErrors names each field to fix",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "Too many comments; see Retry-After",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<?> post(@PathVariable String slug, @RequestBody CommentRequest body,
			@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request) {
		String path = request.getRequestURI();
		var article = articles.published(slug);
		if (article.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND)
				.body(detail(HttpStatus.NOT_FOUND, "No such article", "There is no published article " + slug + ".", path));
		}
		var outcome = posting.post(article.get(), new CommentDraft(body.name(), body.email(), body.text(), body.parentId()),
				me == null ? null : me.id().value(), request.getRemoteAddr(), false);
		if (outcome instanceof CommentPosting.Posted posted) {
			return ResponseEntity.accepted()
				.body(new CommentAccepted(posted.comment().id(), posted.comment().status().name()));
		}
		if (outcome instanceof CommentPosting.TooMany tooMany) {
			return problem(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds() + 1)))
				.body(detail(HttpStatus.TOO_MANY_REQUESTS, "Too many comments",
						"Too many comments from your address or email address; try again later.", path));
		}
		List<FieldMessage> fieldErrors = ((CommentPosting.Refused) outcome).errors()
			.byField()
			.entrySet()
			.stream()
			.map(error -> new FieldMessage(error.getKey(), error.getValue()))
			.toList();
		var invalid = detail(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid comment", "Some fields are missing or not valid.",
				path);
		invalid.setProperty("fieldErrors", fieldErrors);
		return problem(HttpStatus.UNPROCESSABLE_CONTENT).body(invalid);
	}

	private static ResponseEntity.BodyBuilder problem(HttpStatus status) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static ProblemDetail detail(HttpStatus status, String title, String detail, String path) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(path));
		return problem;
	}
}
