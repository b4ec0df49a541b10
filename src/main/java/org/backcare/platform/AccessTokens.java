package org.backcare.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns the personal access token of an {@code Authorization: Bearer} header into the signed-in account. The
 * identity module owns accounts and tokens and provides it; the platform only wires it into the API's filter chain.
 */
@FunctionalInterface
public interface AccessTokens {

	Optional<Authentication> authenticate(String token);
}
