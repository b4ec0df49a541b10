package org.backcare.newsletter;

/**
 * What a tip says and whom it is for, as the tips file or the admin's form gives it; the slug and position are
 * the library's.
 *
 * @param audience null for everyone
 */
record TipText(String title, String body, Interest audience, String ruleIds) {
}
