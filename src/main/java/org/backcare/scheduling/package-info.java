/**
 * Scheduling: where the practice works (locations with their IANA time zone, treatment rooms) and, as the
 * booking issue grows, therapists' hours, availability and bookings. Times are computed in the location's zone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout" })
package org.backcare.scheduling;
