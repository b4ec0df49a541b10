package org.backcare.identity;

import java.time.Duration;

/** A new client registered (or asked again): send them the link that confirms their address. */
public record EmailConfirmationRequested(String email, String displayName, String link, Duration validFor) {
}
