package org.backcare.newsletter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For the mail provider's webhook: a hard bounce or a spam complaint stops all mail to the address. */
@RestController
@Tag(name = "Admin")
class BouncesApi {

	static final String PATH = "/api/v1/admin/newsletter/bounces";

	private final Subscribers subscribers;

	private final BounceMarks bounces;

	BouncesApi(Subscribers subscribers, BounceMarks bounces) {
		this.subscribers = subscribers;
		this.bounces = bounces;
	}

	/** @param kind HARD_BOUNCE or COMPLAINT */
	record BounceReport(String email, String kind, String reason) {
	}

	record FieldMessage(String field, String message) {
	}

	@PostMapping(PATH)
	@Operation(summary = "Report a hard bounce or a complaint for a newsletter address",
			description = "Marks the subscriber as bounced, so they get no more mail. Reporting an address that is "
					+ "already bounced changes nothing and answers 204 again, so a provider may retry.")
	@ApiResponse(responseCode = "204", description = "The address gets no more mail")
	@ApiResponse(responseCode = "404", description = "No subscriber with this address",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "No email, an unknown kind or a reason over 400 characters: fieldErrors says which",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<?> report(@AuthenticationPrincipal SignedInAccount me, @RequestBody BounceReport report) {
		List<FieldMessage> problems = problems(report);
		if (!problems.isEmpty()) {
			var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid bounce report", "Some fields are missing or not valid.");
			problem.setProperty("fieldErrors", problems);
			return answer(problem);
		}
		var subscriber = subscribers.withEmail(report.email());
		if (subscriber.isEmpty()) {
			return answer(problem(HttpStatus.NOT_FOUND, "Unknown address", "No newsletter subscriber has this email address."));
		}
		bounces.mark(subscriber.get().id(), BounceKind.fromCode(report.kind()).orElseThrow(), report.reason(),
				me.id().value());
		return ResponseEntity.noContent().build();
	}

	private static List<FieldMessage> problems(BounceReport report) {
		var problems = new ArrayList<FieldMessage>();
		if (report.email() == null || report.email().isBlank()) {
			problems.add(new FieldMessage("email", "Give the email address that bounced or complained."));
		}
		else if (report.email().strip().length() > 254) {
			problems.add(new FieldMessage("email", "An email address has at most 254 characters."));
		}
		if (BounceKind.fromCode(report.kind()).isEmpty()) {
			problems.add(new FieldMessage("kind", "Give the kind: HARD_BOUNCE or COMPLAINT."));
		}
		if (report.reason() != null && report.reason().strip().length() > BounceKind.DETAIL_MAX) {
			problems.add(new FieldMessage("reason", "Keep the reason to " + BounceKind.DETAIL_MAX + " characters."));
		}
		return problems;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(PATH));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
