package org.backcare.scheduling;

/**
 * A session on a therapist's calendar, with what the therapist needs to know about the client.
 *
 * @param notes the client's approved care plan as notes, or null while none is approved
 * @param consultation whether it is the first-visit consultation, which comes before any plan
 */
record CalendarSession(BookingView booking, long clientId, String clientName, PlanNotes notes, boolean consultation) {
}
