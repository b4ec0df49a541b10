package org.backcare.shop;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Which cart a request means. Signed out, a cookie holds a random cart id; signed in, the account has one cart,
 * and a cookie cart still present is merged into it on the first request that has both (right after sign-in),
 * then the cookie is cleared. Lazily here rather than on the sign-in event, so the API's bearer tokens merge too.
 */
@Component
class CurrentCart {

	static final String COOKIE = "BACKCARE_CART";

	private static final Duration KEPT = Duration.ofDays(30);

	private final Carts carts;

	CurrentCart(Carts carts) {
		this.carts = carts;
	}

	/** The cart, if the shopper has one; creates nothing. */
	Optional<UUID> find(HttpServletRequest request, HttpServletResponse response, SignedInAccount me) {
		Optional<UUID> cookie = cookie(request).filter(carts::isAnonymous);
		if (me == null) {
			return cookie;
		}
		Optional<UUID> own = carts.ofAccount(me.id().value());
		if (cookie.isPresent()) {
			UUID into = own.orElseGet(() -> carts.create(me.id().value()));
			carts.merge(cookie.get(), into);
			forget(request, response);
			return Optional.of(into);
		}
		return own;
	}

	/** The cart, created (with its cookie for a guest) when the shopper has none yet. */
	UUID findOrCreate(HttpServletRequest request, HttpServletResponse response, SignedInAccount me) {
		return find(request, response, me).orElseGet(() -> {
			UUID cart = carts.create(me == null ? null : me.id().value());
			if (me == null) {
				write(request, response, cart.toString(), KEPT);
			}
			return cart;
		});
	}

	Cart load(HttpServletRequest request, HttpServletResponse response, SignedInAccount me) {
		return find(request, response, me).map(carts::load).orElseGet(carts::empty);
	}

	private static Optional<UUID> cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					return Optional.of(UUID.fromString(cookie.getValue()));
				}
				catch (IllegalArgumentException notOurs) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private static void forget(HttpServletRequest request, HttpServletResponse response) {
		write(request, response, "", Duration.ZERO);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAge)
			.build()
			.toString());
	}
}
