package org.backcare.careplans;

import java.time.Instant;

/**
 * A stored care plan, as its current version says.
 *
 * @param version the current version (1 is the engine's proposal)
 * @param pressureCap the firmest pressure the rules allow this client
 * @param therapistId the therapist who took the plan on, or null while it waits in the practice's queue
 * @param approvedBy who approved the current version, or null while it is not approved
 * @param latestChange the therapist's change that made the current version, or null for the engine's proposal
 * @param progress where the plan stands on the progress rules (O3 to O5)
 */
record CarePlan(long id, long clientId, long consultationId, PlanStatus status, int version, int pressureCap,
		Long therapistId, Long approvedBy, Instant approvedAt, Instant createdAt, Plan plan, Change latestChange,
		PlanProgress.State progress) {

	/** Who changed the plan, why and when. */
	record Change(long therapistId, String reason, Instant at) {
	}

	boolean approved() {
		return status == PlanStatus.APPROVED;
	}

	/** A therapist may open the plan while it waits in the queue or when it is theirs. */
	boolean openTo(long therapist) {
		return therapistId == null || therapistId == therapist;
	}
}
