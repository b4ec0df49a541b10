package org.backcare.therapies;

/**
 * Something a client can book: a technique for 30, 60 or 90 minutes at a price, given only by a therapist with
 * the required training (rule L2), if any.
 *
 * @param consultation the first visit, which any signed-in client may book whatever their screening says: the
 *        therapist goes through the answers with them, and treats only when the screening allows it
 */
public record Service(ServiceId id, Technique technique, int minutes, Price price, Skill requiredSkill,
		boolean active, String name, String description, boolean consultation) {
}
