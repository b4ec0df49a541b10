package org.backcare.careplans;

/** A therapist approved a client's care plan: from now on it drives what the client can book. */
public record PlanApproved(long planId, long clientId, long therapistId) {
}
