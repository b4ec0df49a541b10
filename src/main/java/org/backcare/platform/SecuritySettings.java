package org.backcare.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signInFailures failed sign-ins (form or API token) allowed per IP address and per account in the window
 * @param signInWindow how long a failed sign-in counts
 */
@ConfigurationProperties("backcare.security")
public record SecuritySettings(@DefaultValue("10") int signInFailures, @DefaultValue("15m") Duration signInWindow) {

	public Throttle.Limit signInLimit() {
		return new Throttle.Limit(signInFailures, signInWindow);
	}
}
