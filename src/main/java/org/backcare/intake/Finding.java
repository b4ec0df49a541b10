package org.backcare.intake;

/**
 * One thing the screening found.
 *
 * @param rule the rule id of the fact sheet's table (S1, M8, ...)
 * @param message what we found, in plain words
 * @param action what the client should do now
 */
public record Finding(String rule, String message, String action) {
}
