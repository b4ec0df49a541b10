package org.backcare.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests that carry {@code Authorization: Bearer <personal access token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AccessTokens tokens;

	BearerTokenFilter(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			var authentication = tokens.authenticate(header.substring(PREFIX.length()).strip());
			if (authentication.isEmpty()) {
				response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication.get());
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}
}
