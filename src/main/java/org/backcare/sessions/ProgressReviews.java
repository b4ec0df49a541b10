package org.backcare.sessions;

import java.sql.Timestamp;
import java.time.Instant;

import org.backcare.careplans.PlanProgress;
import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's answer to a flagged plan (O4, O5): continue or change the plan, with a note. The plan goes back on
 * track and the rules start counting again from here.
 */
@Component
class ProgressReviews {

	enum Decision {
		CONTINUE("continue the plan"), CHANGE_PLAN("change the plan");

		final String words;

		Decision(String words) {
			this.words = words;
		}
	}

	enum Outcome {
		DONE, ALREADY_RESOLVED
	}

	private final JdbcClient jdbc;

	private final PlanProgress progress;

	private final AuditLog audit;

	ProgressReviews(JdbcClient jdbc, PlanProgress progress, AuditLog audit) {
		this.jdbc = jdbc;
		this.progress = progress;
		this.audit = audit;
	}

	/**
	 * @param seen the state the therapist was shown; someone else may have resolved it meanwhile
	 */
	@Transactional
	Outcome resolve(ClientProgress client, PlanProgress.State seen, long reviewerId, String reviewerName, Decision decision,
			String note, Instant now) {
		var standing = client.standing();
		if (standing == null || standing.state() == PlanProgress.State.ON_TRACK || standing.state() != seen) {
			return Outcome.ALREADY_RESOLVED;
		}
		jdbc.sql("""
				insert into progress_reviews (plan_id, client_id, reviewer_id, resolved, decision, note, sessions, reviewed_at)
				values (:plan, :client, :reviewer, :resolved, :decision, :note, :sessions, :at)""")
			.param("plan", standing.planId())
			.param("client", client.clientId())
			.param("reviewer", reviewerId)
			.param("resolved", standing.state().name())
			.param("decision", decision.name())
			.param("note", note.strip())
			.param("sessions", client.series().sessions())
			.param("at", Timestamp.from(now))
			.update();
		progress.mark(standing.planId(), PlanProgress.State.ON_TRACK, standing.rules(),
				"Reviewed by " + reviewerName + ": " + decision.words + ". " + note.strip(), now);
		audit.record(reviewerId, "progress.reviewed", client.clientId(), "care-plan:" + standing.planId());
		return Outcome.DONE;
	}
}
