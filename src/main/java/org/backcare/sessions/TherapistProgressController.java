package org.backcare.sessions;

import java.time.Clock;
import java.time.Instant;

import org.backcare.careplans.PlanProgress;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client's progress for their therapist (and the admin): the same charts and outcome as the client sees, with
 * the rule ids, and the answer to a flagged plan (O4, O5): continue, or change the plan.
 */
@Controller
class TherapistProgressController {

	private static final String PATH = "/therapist/clients/{clientId}/progress";

	private static final int NOTE_LIMIT = 800;

	private final Progress progress;

	private final ProgressAccess access;

	private final ProgressReviews reviews;

	private final ProgressReport report;

	private final AuditLog audit;

	private final Clock clock;

	TherapistProgressController(Progress progress, ProgressAccess access, ProgressReviews reviews, ProgressReport report,
			AuditLog audit, Clock clock) {
		this.progress = progress;
		this.access = access;
		this.reviews = reviews;
		this.report = report;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(PATH)
	@Transactional
	ModelAndView page(@AuthenticationPrincipal SignedInAccount me, @PathVariable long clientId) {
		long client = access.ofClient(me, clientId);
		audit.record(me.id().value(), "progress.viewed", client, "progress:" + client);
		return page(me, progress.of(client), FormErrors.none(), "", HttpStatus.OK);
	}

	@PostMapping(PATH + "/review")
	@Transactional
	ModelAndView review(@AuthenticationPrincipal SignedInAccount me, @PathVariable long clientId,
			@RequestParam(required = false) String seen, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note) {
		long client = access.ofClient(me, clientId);
		ClientProgress current = progress.of(client);
		if (!access.treats(me, client)) {
			// an admin may look, but answering a flagged plan is a clinical decision for the client's therapist
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var errors = FormErrors.none();
		ProgressReviews.Decision chosen = parse(ProgressReviews.Decision.class, decision);
		if (chosen == null) {
			errors.field("decision", "Choose whether to continue or change the plan");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			errors.field("note", "Write a note on what you reviewed and decided");
		}
		else if (text.length() > NOTE_LIMIT) {
			errors.field("note", "Keep the note to " + NOTE_LIMIT + " characters");
		}
		if (!errors.isEmpty()) {
			return page(me, current, errors, text, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		var outcome = reviews.resolve(current, parse(PlanProgress.State.class, seen), me.id().value(), me.displayName(),
				chosen, text, Instant.now(clock));
		if (outcome == ProgressReviews.Outcome.ALREADY_RESOLVED) {
			return page(me, progress.of(client), FormErrors.none().global("The plan's review state changed meanwhile. Check it below."),
					text, HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/therapist/clients/" + client + "/progress?"
				+ (chosen == ProgressReviews.Decision.CHANGE_PLAN ? "change-plan" : "reviewed"));
	}

	@GetMapping(PATH + "/report.pdf")
	@Transactional
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInAccount me, @PathVariable long clientId) {
		long client = access.ofClient(me, clientId);
		audit.record(me.id().value(), "progress-report.downloaded", client, "progress:" + client);
		return ProgressDownload.of(report, progress.of(client), Instant.now(clock));
	}

	private ModelAndView page(SignedInAccount me, ClientProgress current, FormErrors errors, String note, HttpStatus status) {
		return new ModelAndView("sessions/therapist-progress", status)
			.addObject("progress", current)
			.addObject("canReview", access.treats(me, current.clientId()))
			.addObject("errors", errors)
			.addObject("note", note);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		try {
			return name == null ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
