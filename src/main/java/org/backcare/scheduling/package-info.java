/**
 * Scheduling: locations and rooms, therapists with their training and credentials (rules L1, L2), working
 * hours, availability and bookings that the database keeps from overlapping. Times are computed in the
 * location's zone. Publishes SessionBooked, SessionMoved and SessionCancelled.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity",
		"therapies", "intake", "careplans", "homecare" })
package org.backcare.scheduling;
