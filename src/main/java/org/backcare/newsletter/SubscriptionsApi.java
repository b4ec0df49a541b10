package org.backcare.newsletter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/newsletter/subscriptions: the sign-up for apps, with the same checks, limits and double opt-in as
 * the forms, and the same answer whatever the address's state.
 */
@RestController
class SubscriptionsApi {

	static final String PATH = "/api/v1/newsletter/subscriptions";

	/** A sign-up is a few hundred bytes; anything much larger is not one. */
	static final int MAX_BODY_BYTES = 8 * 1024;

	/** What an app sends; firstName may be left out. */
	record SubscribeRequest(String email, String firstName, List<String> interests) {
	}

	record FieldMessage(String field, String message) {
	}

	private final Subscriptions subscriptions;

	private final JsonMapper json;

	SubscriptionsApi(Subscriptions subscriptions, JsonMapper json) {
		this.subscriptions = subscriptions;
		this.json = json;
	}

	@PostMapping(PATH)
	@Operation(summary = "Sign an address up for the newsletter (double opt-in)",
			description = "No sign-in needed. The owner of the address gets a confirmation link and nothing more until "
					+ "they open it. The answer is the same whether the address is new, pending or already subscribed.")
	@ApiResponse(responseCode = "202", description = "Accepted: if the address is new, a confirmation link is on its way")
	@ApiResponse(responseCode = "400", description = "The body is not a JSON sign-up",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "The body is over 8 KB",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "fieldErrors names each field to fix",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "Too many sign-ups from this client address; see Retry-After",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<?> subscribe(HttpServletRequest request) throws IOException {
		byte[] body = request.getContentLengthLong() > MAX_BODY_BYTES ? null
				: request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body == null || body.length > MAX_BODY_BYTES) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", "A sign-up is at most 8 KB of JSON.");
		}
		SubscribeRequest sent;
		try {
			sent = json.readValue(body, SubscribeRequest.class);
		}
		catch (JacksonException unreadable) {
			sent = null;
		}
		if (sent == null) {
			return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
					"Send a JSON object with email, interests (a list of topic names) and optionally firstName.");
		}
		var outcome = subscriptions.subscribe(new SignUp(sent.email(), sent.firstName(), sent.interests()),
				SignUpForm.API, request.getRemoteAddr());
		if (outcome instanceof Subscriptions.Refused refused) {
			var invalid = detail(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid sign-up",
					"Some fields are missing or not valid.");
			invalid.setProperty("fieldErrors", refused.errors()
				.byField()
				.entrySet()
				.stream()
				.map(error -> new FieldMessage(error.getKey(), error.getValue()))
				.toList());
			return problemBuilder(HttpStatus.UNPROCESSABLE_CONTENT).body(invalid);
		}
		if (outcome instanceof Subscriptions.TooMany tooMany) {
			return problemBuilder(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds() + 1)))
				.body(detail(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ups",
						"Too many sign-ups from your address; try again later."));
		}
		return ResponseEntity.accepted()
			.body(Map.of("status", "ACCEPTED", "message",
					"If this address is new to us, a confirmation link is on its way to it."));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return problemBuilder(status).body(detail(status, title, detail));
	}

	private static ResponseEntity.BodyBuilder problemBuilder(HttpStatus status) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static ProblemDetail detail(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(PATH));
		return problem;
	}
}
