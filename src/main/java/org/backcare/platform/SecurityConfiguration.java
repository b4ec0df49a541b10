package org.backcare.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API (stateless, personal access tokens, no cookies so no CSRF) and the web pages
 * (session cookie in PostgreSQL, CSRF on every form). Areas by URL: {@code /admin/**} for admins,
 * {@code /therapist/**} for therapists, {@code /account/**} for anyone signed in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// No inline scripts or styles anywhere; the API docs need inline styles for Swagger UI's own markup.
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets us move to Argon2id later without resetting anyone's password.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccessTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/care-plans/preview").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/services").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/products", "/api/v1/products/**").permitAll()
				// the shop's cart and checkout work signed out; an order is shown to its account or its link's token
				.requestMatchers("/api/v1/cart", "/api/v1/cart/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/orders").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/orders/*").permitAll()
				// readers comment without an account; the chain has no cookies, so no CSRF to check
				.requestMatchers(HttpMethod.POST, "/api/v1/articles/*/comments").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/articles", "/api/v1/articles/*").permitAll()
				// double opt-in: a sign-up only ever sends a confirmation link to the address given
				.requestMatchers(HttpMethod.POST, "/api/v1/newsletter/subscriptions").permitAll()
				.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				})
				.accessDeniedHandler((request, response, e) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)));
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, UserDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) throws Exception {
		http.authenticationManager(signInManager(accounts, passwordEncoder))
			// CSRF-exempt on purpose. The newsletter sign-up form sits in the footer of article pages that are cached
			// for anonymous visitors and must not start a session (and so a CSRF token) per visitor; a forged
			// sign-up can only cause one rate-limited confirmation email, and nothing happens until the owner of
			// the address opens its link (double opt-in). The unsubscribe POST is RFC 8058 one-click: mail clients
			// send it without cookies or token; its signed link is the proof, and it can only unsubscribe.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/newsletter/subscriptions", "/newsletter/unsubscribe/*"))
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				// a client's progress: its controller lets in their therapists and the admin and answers 404 to anyone else
				.requestMatchers("/therapist/clients/*/progress", "/therapist/clients/*/progress/**").authenticated()
				.requestMatchers("/therapist/**").hasRole("THERAPIST")
				.requestMatchers("/account/**", "/book/**", "/book").authenticated()
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage(SignInPages.PATH)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(new SignInPages.OnSuccess(throttle))
				.failureHandler(new SignInPages.OnFailure(throttle)))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
			.addFilterBefore(new SignInPages.ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return headers(http).build();
	}

	/**
	 * A person must confirm their email address before signing in, but we check that only after the password:
	 * checking it first would tell a stranger which addresses have accounts.
	 */
	private static AuthenticationManager signInManager(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Email address not confirmed");
			}
		});
		return new ProviderManager(provider);
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers
			.contentTypeOptions(options -> {
			})
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter((request, response) -> {
				if (!response.containsHeader("Content-Security-Policy")) {
					response.setHeader("Content-Security-Policy", policyFor(request));
				}
			}));
	}

	private static String policyFor(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/api-docs") || path.startsWith("/swagger-ui") ? API_DOCS_POLICY
				: CONTENT_SECURITY_POLICY;
	}
}
