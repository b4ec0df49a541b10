package org.backcare.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** The sign-in limit, shared by the sign-in form and the API token endpoint: per IP address and per account. */
@Component
public class SignInThrottle {

	private final Throttle throttle;

	private final SecuritySettings settings;

	SignInThrottle(Throttle throttle, SecuritySettings settings) {
		this.throttle = throttle;
		this.settings = settings;
	}

	public Optional<Duration> waitFor(HttpServletRequest request, String email) {
		return throttle.waitFor(settings.signInLimit(), ipKey(request), accountKey(email));
	}

	public void failed(HttpServletRequest request, String email) {
		throttle.record(ipKey(request), accountKey(email));
	}

	public void succeeded(String email) {
		throttle.forget(accountKey(email));
	}

	/** Answers 429 with {@code Retry-After}; the error page (or problem document) explains. */
	public static void refuse(HttpServletResponse response, Duration wait) throws java.io.IOException {
		response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds() + 1)));
		response.sendError(429);
	}

	private static String ipKey(HttpServletRequest request) {
		return "sign-in:ip:" + request.getRemoteAddr();
	}

	private static String accountKey(String email) {
		return "sign-in:account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}
}
