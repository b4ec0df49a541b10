package org.backcare.careplans;

/** Where a stored care plan stands. Only an approved plan drives booking. */
enum PlanStatus {

	/** Proposed by the engine or changed by a therapist; waiting for a therapist's approval. */
	PROPOSED,
	/** Approved by a therapist, as it is now. */
	APPROVED,
	/** Replaced by the plan of a newer consultation. */
	SUPERSEDED
}
