package org.backcare.newsletter;

/**
 * A sign-up for an address already confirmed. The form answers as it always does (it must not reveal who is
 * subscribed); the owner of the address gets a note with their preferences link instead of a second confirmation.
 *
 * @param preferencesPath the site path of the subscriber's preferences link
 */
public record NewsletterAlreadySubscribed(String email, String firstName, String preferencesPath) {
}
