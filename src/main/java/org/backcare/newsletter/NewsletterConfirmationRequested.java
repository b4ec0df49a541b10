package org.backcare.newsletter;

import java.time.Instant;

/**
 * Someone asked for the newsletter at an address not yet confirmed: the confirmation email goes out in the
 * transaction of the sign-up. The raw token lives only in this event and in that email.
 *
 * @param firstName null when not given
 * @param confirmPath the site path of the confirmation link
 */
public record NewsletterConfirmationRequested(String email, String firstName, String confirmPath, Instant expiresAt) {
}
