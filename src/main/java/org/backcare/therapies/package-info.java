/**
 * The catalogue: the massage techniques the practice offers (what each is, who it suits, pressure, positions,
 * who should avoid it) and the services booked from it (technique × minutes × price × required skill).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout" })
package org.backcare.therapies;
