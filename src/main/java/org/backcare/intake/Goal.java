package org.backcare.intake;

/** What the client wants from their sessions. */
public enum Goal {

	PAIN_RELIEF, RELAXATION, FLEXIBILITY, POSTURE, SLEEP, STRESS
}
