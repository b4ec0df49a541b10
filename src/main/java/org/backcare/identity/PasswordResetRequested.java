package org.backcare.identity;

import java.time.Duration;

/** Someone asked to reset the password of an existing account: send its owner the reset link. */
public record PasswordResetRequested(String email, String displayName, String link, Duration validFor) {
}
