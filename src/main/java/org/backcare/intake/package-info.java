/**
 * The consultation: what a client tells us about their back (the intake vocabulary and the {@link Intake} record)
 * and the safety screening that decides whether massage may be booked at all ({@link RedFlagScreen}, rules S1–S9
 * of the clinical fact sheet, plus the modifiers that demand clearance first).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity", "therapies" })
package org.backcare.intake;
