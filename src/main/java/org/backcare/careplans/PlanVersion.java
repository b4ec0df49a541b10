package org.backcare.careplans;

import java.time.Instant;

/**
 * One version of a care plan.
 *
 * @param changedBy the therapist who made this version, or null for the engine's proposal
 * @param reason why the therapist changed it, or null for the engine's proposal
 */
record PlanVersion(int version, Long changedBy, String reason, Instant createdAt, Plan plan) {
}
