package org.backcare.identity;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.backcare.platform.SignInThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenApi {

	record TokenRequest(@NotBlank(message = Emails.MESSAGE) @Pattern(regexp = Emails.PATTERN, message = Emails.MESSAGE) String email,
			@NotBlank(message = "Enter your password") String password, String name) {
	}

	record TokenResponse(String token) {
	}

	// Compared against when the address is unknown, so both answers take as long as a real check.
	private final String decoyHash;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PersonalAccessTokens tokens;

	private final SignInThrottle throttle;

	TokenApi(Accounts accounts, PasswordEncoder passwords, PersonalAccessTokens tokens, SignInThrottle throttle) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
		this.decoyHash = passwords.encode("decoy password that matches nobody");
	}

	@PostMapping("/tokens")
	@Operation(summary = "Sign in with email and password and get a personal access token",
			description = "Send the token as `Authorization: Bearer <token>`. Revoke it on the account page. "
					+ "After 10 failed attempts in 15 minutes per IP address or account the answer is 429 with Retry-After.")
	ResponseEntity<TokenResponse> create(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		var wait = throttle.waitFor(http, request.email());
		if (wait.isPresent()) {
			var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
					"Too many failed sign-ins. Try again later.");
			var refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
			refused.getHeaders().set("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
			throw refused;
		}
		var account = accounts.withEmail(Emails.normalize(request.email()))
			.filter(found -> found.passwordHash() != null);
		boolean matches = passwords.matches(request.password(), account.map(Account::passwordHash).orElse(decoyHash));
		if (account.isEmpty() || !matches) {
			throttle.failed(http, request.email());
			throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem(HttpStatus.UNAUTHORIZED,
					"Sign-in failed", "That email and password don't match an account."), null);
		}
		if (!account.get().confirmed()) {
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN,
					"Email address not confirmed", "Confirm your email address with the link we sent first."), null);
		}
		throttle.succeeded(request.email());
		String name = request.name() == null || request.name().isBlank() ? "API token" : request.name().strip();
		String token = tokens.create(account.get().id(), name.length() > 100 ? name.substring(0, 100) : name);
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(token));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create("/api/v1/auth/tokens"));
		return problem;
	}
}
