package org.backcare.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Progress for apps: the series behind the charts, the responder status and the plan's review state (O3 to O5). */
@RestController
@Tag(name = "Progress")
class ProgressApi {

	/**
	 * @param timeZone where the client is treated; dates and weeks are in it
	 * @param baseline the pain the changes are measured from, or null
	 * @param review the plan's review state, or null while the client has no approved plan
	 */
	record ProgressResponse(long clientId, String timeZone, Integer baseline, int sessions, List<Nprs> nprs,
			List<Weekly> weeklyAverages, List<PsfsMean> psfs, Responder responder, Review review) {
	}

	/** @param source SESSION (before the session) or CHECK_IN (the check-in after it) */
	record Nprs(LocalDate date, Instant at, int value, long bookingId, String source) {
	}

	record Weekly(LocalDate weekStarting, double average, int measurements) {
	}

	record PsfsMean(LocalDate date, Instant at, double mean, List<Integer> ratings) {
	}

	/** @param status RESPONDER, NO_MEANINGFUL_CHANGE or TOO_EARLY */
	record Responder(String status, List<OutcomeRules.Reason> reasons) {
	}

	/** @param state ON_TRACK, REVIEW, STOP_PROPOSED or PAUSED */
	record Review(String state, List<String> rules, String reason, Instant at) {
	}

	private final Progress progress;

	private final ProgressAccess access;

	private final AuditLog audit;

	ProgressApi(Progress progress, ProgressAccess access, AuditLog audit) {
		this.progress = progress;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/api/v1/me/progress")
	@Transactional
	@Operation(summary = "The signed-in client's pain (NPRS) and activity (PSFS) series, responder status and plan review state")
	ProgressResponse mine(@AuthenticationPrincipal SignedInAccount me) {
		long client = access.own(me);
		audit.record(client, "progress.viewed", client, "progress:" + client);
		return response(progress.of(client));
	}

	@GetMapping("/api/v1/clients/{id}/progress")
	@Transactional
	@Operation(summary = "A client's progress, for their therapist or an admin (404 for anyone else)")
	ProgressResponse client(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		long client = access.ofClient(me, id);
		audit.record(me.id().value(), "progress.viewed", client, "progress:" + client);
		return response(progress.of(client));
	}

	private static ProgressResponse response(ClientProgress progress) {
		var zone = progress.zone();
		var series = progress.series();
		var standing = progress.standing();
		return new ProgressResponse(progress.clientId(), zone.getId(), series.baseline(), series.sessions(),
				series.pain().stream().map(score -> new Nprs(score.at().atZone(zone).toLocalDate(), score.at(), score.value(),
						score.bookingId(), score.source().name())).toList(),
				progress.weeks().stream().map(week -> new Weekly(week.monday(), week.average(), week.measurements())).toList(),
				series.psfs().stream().map(score -> new PsfsMean(score.at().atZone(zone).toLocalDate(), score.at(),
						score.mean(), score.ratings())).toList(),
				new Responder(progress.responder().status().name(), progress.responder().reasons()),
				standing == null ? null : new Review(standing.state().name(), standing.rules(), standing.reason(), standing.at()));
	}
}
