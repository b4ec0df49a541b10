/**
 * Care plans: the explainable plan engine ({@link PlanEngine}, pure Java, rules M1–M10, P1–P8 and A1–A6 of the
 * clinical fact sheet) and its preview endpoint. Every proposed or excluded item says why and which rule it came from.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity", "intake", "therapies", "homecare" })
package org.backcare.careplans;
