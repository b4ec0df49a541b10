package org.backcare.scheduling;

import java.time.Instant;

/** Time a therapist is away (holiday, training, illness): nothing is offered during it. */
record TimeOff(long id, long therapistId, Instant starts, Instant ends, String reason) {
}
