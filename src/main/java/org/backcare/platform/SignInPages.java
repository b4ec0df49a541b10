package org.backcare.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** What happens around the sign-in form: throttling before, and the answers after a success or a failure. */
final class SignInPages {

	static final String PATH = "/sign-in";

	private SignInPages() {
	}

	/** Refuses a sign-in with 429 while the IP address or the account has too many recent failures. */
	static class ThrottleFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		ThrottleFilter(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod()) && PATH.equals(request.getServletPath()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var wait = throttle.waitFor(request, request.getParameter("email"));
			if (wait.isPresent()) {
				SignInThrottle.refuse(response, wait.get());
				return;
			}
			chain.doFilter(request, response);
		}
	}

	/** The same answer for an unknown email and a wrong password; the typed email comes back into the form. */
	record OnFailure(SignInThrottle throttle) implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String email = request.getParameter("email");
			// Only a correct password reaches the "not confirmed" check, so saying so reveals nothing.
			boolean unconfirmed = exception instanceof DisabledException;
			if (!unconfirmed) {
				throttle.failed(request, email);
			}
			var flash = new FlashMap();
			flash.put("email", email == null ? "" : email);
			flash.setTargetRequestPath(PATH);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + PATH + (unconfirmed ? "?unconfirmed" : "?error"));
		}
	}

	static class OnSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

		private final SignInThrottle throttle;

		OnSuccess(SignInThrottle throttle) {
			this.throttle = throttle;
			setDefaultTargetUrl("/account");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			throttle.succeeded(request.getParameter("email"));
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
