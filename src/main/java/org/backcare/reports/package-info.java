/**
 * Reports: the practice's outcome report for admins. How many clients started and completed their plans, the share
 * of responders overall and by technique, therapist, pain class and number of sessions, adverse check-ins per
 * 100 sessions and no-shows, on the page and as CSV. It only reads: aggregate SQL over the tables the other
 * modules write, never their code paths. Groups of fewer than 5 clients are hidden (fact sheet 5.1, 11.1, O3, O6).
 * Nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity" })
package org.backcare.reports;
