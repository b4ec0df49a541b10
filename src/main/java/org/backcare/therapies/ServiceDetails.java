package org.backcare.therapies;

/** What the admin decides about a service; the id comes from the database. */
record ServiceDetails(Technique technique, int minutes, Price price, Skill requiredSkill, boolean active, String name,
		String description, boolean consultation) {
}
