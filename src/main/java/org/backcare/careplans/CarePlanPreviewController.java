package org.backcare.careplans;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.backcare.careplans.PreviewRequest.FieldMessage;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/care-plans/preview: a plan proposal from an intake, stored nowhere, for anyone (rate-limited per
 * client IP). The body is read and parsed here rather than by a message converter so that every problem
 * (unknown field, unknown value, broken JSON, a body over 64 KB) names its field in the problem document.
 */
@RestController
class CarePlanPreviewController {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final PlanEngine engine;

	private final PreviewParsing parsing;

	private final PreviewLimiter limiter;

	private final Clock clock;

	CarePlanPreviewController(PlanEngine engine, JsonMapper json, CarePlansProperties properties,
			PracticeSettings practice, Clock clock) {
		this.engine = engine;
		this.parsing = new PreviewParsing(json);
		this.limiter = new PreviewLimiter(properties.previewRequestsPerMinute(), clock::millis);
		this.clock = clock.withZone(practice.timeZone());
	}

	@PostMapping("/api/v1/care-plans/preview")
	@Operation(summary = "Propose a care plan from an intake, storing nothing",
			description = "No sign-in needed; rate-limited per client address. Every proposed or excluded item says why "
					+ "and which rule of the clinical fact sheet it comes from. The plan is null unless the screening outcome "
					+ "is PROCEED or PROCEED_WITH_CAUTION.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PreviewRequest.class)))
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = Proposal.class)))
	@ApiResponse(responseCode = "400", description = "Bad input: fieldErrors names each bad field",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "Too many previews; see Retry-After",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<?> preview(HttpServletRequest request) throws IOException {
		Duration wait = limiter.waitFor(request.getRemoteAddr());
		if (!wait.isZero()) {
			var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"Too many plan previews from your address; try again in a minute.");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))
				.contentType(PROBLEM)
				.body(problem);
		}
		byte[] body = read(request.getInputStream());
		if (body == null) {
			// The contract answers 400 for every bad input, an oversized body included.
			return invalid(List.of(new FieldMessage("body", "The request is larger than 64 KB.")));
		}
		PreviewParsing.Result parsed = parsing.read(body);
		var problems = new ArrayList<>(parsed.errors());
		if (parsed.request() == null) {
			return invalid(problems);
		}
		LocalDate today = LocalDate.now(clock);
		for (FieldMessage problem : parsed.request().problems(today)) {
			// An unknown value is read as an empty one; "causes[1]" already says what "causes" would.
			if (problems.stream().noneMatch(error -> error.field().startsWith(problem.field() + "["))) {
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			return invalid(problems);
		}
		return ResponseEntity.ok(engine.propose(parsed.request().toIntake(today)));
	}

	/** The body, or null when it is larger than the limit (read no further than that). */
	private static byte[] read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		return bytes.length > MAX_BODY_BYTES ? null : bytes;
	}

	private static ResponseEntity<ProblemDetail> invalid(List<FieldMessage> fieldErrors) {
		var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or not valid.");
		problem.setProperty("fieldErrors", new ArrayList<>(fieldErrors));
		return ResponseEntity.badRequest().contentType(PROBLEM).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create("/api/v1/care-plans/preview"));
		return problem;
	}
}
