package org.backcare.newsletter;

import java.net.URI;

import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Send runs for admins over the API: start one now, follow its progress. */
@RestController
@RequestMapping("/api/v1/admin/newsletter/runs")
class RunsApi {

	record Started(long id) {
	}

	/** Pending counts every recipient not yet sent: still to be written, or queued in the outbox. */
	record Progress(long id, String status, int recipients, int sent, int pending, int queued, int failed,
			int skipped) {

		static Progress of(Run run) {
			return new Progress(run.id(), run.status().name(), run.recipients(), run.sent(), run.pending(),
					run.queued(), run.failed(), run.skipped());
		}
	}

	private final SendRuns runs;

	RunsApi(SendRuns runs) {
		this.runs = runs;
	}

	@PostMapping
	ResponseEntity<Started> start(@AuthenticationPrincipal SignedInAccount me) {
		long id = runs.start(me.displayName(), null).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/admin/newsletter/runs/" + id)).body(new Started(id));
	}

	@GetMapping("/{id}")
	Progress progress(@PathVariable long id) {
		return runs.withId(id)
			.map(Progress::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No send run has the id " + id));
	}
}
