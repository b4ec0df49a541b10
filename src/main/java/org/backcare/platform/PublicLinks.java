package org.backcare.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for emails and feeds, from {@code backcare.public-url}. Never from the request's Host header:
 * that would let anyone point a password-reset link at their own site.
 */
@Component
public class PublicLinks {

	private final Environment environment;

	PublicLinks(Environment environment) {
		this.environment = environment;
	}

	public String to(String path) {
		// Resolved per call: in tests the port is only known once the server has started.
		String base = environment.getProperty("backcare.public-url", "http://localhost:8080");
		return base.replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
	}

	/** The host name people reach BackCare at, e.g. for the unique ids of calendar events. */
	public String host() {
		return java.net.URI.create(to("/")).getHost();
	}
}
