package org.backcare.shop;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An order's page, through a guest's secret link or in the account's history. A wrong token and a missing order
 * look the same (404), so nobody learns which order numbers exist.
 */
@Controller
class OrderPages {

	private final Orders orders;

	private final Payments payments;

	private final ShopSettings settings;

	OrderPages(Orders orders, Payments payments, ShopSettings settings) {
		this.orders = orders;
		this.payments = payments;
		this.settings = settings;
	}

	@GetMapping("/shop/orders/{id}")
	ModelAndView guest(@PathVariable long id, @RequestParam(required = false) String token,
			@RequestParam(required = false) String placed, HttpServletResponse response) {
		// The address holds the order's secret: keep the page out of shared caches and other sites' logs.
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		return page(orders.withToken(id, token), placed != null);
	}

	@GetMapping("/account/orders")
	ModelAndView history(@AuthenticationPrincipal SignedInAccount me) {
		return new ModelAndView("shop/orders").addObject("orders", orders.historyOf(me.id().value()));
	}

	@GetMapping("/account/orders/{id}")
	ModelAndView own(@PathVariable long id, @RequestParam(required = false) String placed,
			@AuthenticationPrincipal SignedInAccount me) {
		return page(orders.ofAccount(id, me.id().value()), placed != null);
	}

	private ModelAndView page(Optional<Order> found, boolean placed) {
		Order order = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("shop/order").addObject("order", order)
			.addObject("next", payments.next(order))
			.addObject("placed", placed)
			.addObject("zone", settings.timeZone());
	}
}
