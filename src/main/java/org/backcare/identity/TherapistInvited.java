package org.backcare.identity;

import java.time.Duration;

/** An admin invited a therapist: send them the link where they choose their password. */
public record TherapistInvited(String email, String displayName, String link, Duration validFor, String invitedBy) {
}
