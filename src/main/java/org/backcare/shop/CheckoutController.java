package org.backcare.shop;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The checkout page, for guests and accounts. The form carries a token issued when the page is first shown; it
 * is the order's idempotency key, so the same form sent twice (a double click, a retry) shows the one order.
 */
@Controller
class CheckoutController {

	private static final String DEFAULT_COUNTRY = "US";

	private final CurrentCart current;

	private final Carts carts;

	private final Checkout checkout;

	private final Variants variants;

	private final Destinations destinations;

	private final Payments payments;

	private final ShopSettings settings;

	private final Dispatch dispatch;

	CheckoutController(CurrentCart current, Carts carts, Checkout checkout, Variants variants,
			Destinations destinations, Payments payments, ShopSettings settings, Dispatch dispatch) {
		this.dispatch = dispatch;
		this.current = current;
		this.carts = carts;
		this.checkout = checkout;
		this.variants = variants;
		this.destinations = destinations;
		this.payments = payments;
		this.settings = settings;
	}

	@GetMapping("/shop/checkout")
	ModelAndView checkout(HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal SignedInAccount me) {
		Cart cart = current.load(request, response, me);
		if (cart.isEmpty()) {
			return new ModelAndView("redirect:/shop/cart");
		}
		var form = CheckoutForm.blank(me == null ? "" : me.email(), DEFAULT_COUNTRY);
		return page(cart, form, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/shop/checkout")
	ModelAndView place(@ModelAttribute CheckoutForm form, HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal SignedInAccount me) {
		if (!form.hasToken()) {
			var fresh = CheckoutForm.blank(form.email(), form.country());
			return page(current.load(request, response, me), fresh,
					FormErrors.none().global("The form had expired. Please check your details and place the order again."),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		var earlier = checkout.placedWith(form.key());
		if (earlier.isPresent()) {
			return confirmation(earlier.get(), form);
		}
		Cart cart = current.load(request, response, me);
		if (cart.isEmpty()) {
			return new ModelAndView("redirect:/shop/cart");
		}
		OrderRequest order = form.toRequest(cart.items());
		var shelf = variants.bySku(order.skus());
		Map<String, String> problems = OrderCheck.problems(order, shelf, destinations.of(order.address().country()),
				settings, "");
		if (!problems.isEmpty()) {
			return page(cart, form, errors(problems, cart), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			UUID cartId = cart.id();
			var placement = checkout.place(order, shelf, me == null ? null : me.id().value(), form.key(), form.token(),
					() -> carts.clear(cartId));
			var next = payments.next(placement.order());
			// A card provider sends the customer to its payment page first; it returns them to the confirmation.
			return next.payAt() != null ? new ModelAndView("redirect:" + next.payAt()) : confirmation(placement.order(), form);
		}
		catch (SoldOut soldOut) {
			String message = "Sorry: " + soldOut.productName() + " has sold out, or fewer are left than your cart holds. "
					+ "Nothing was ordered; please change your cart and try again.";
			return page(current.load(request, response, me), form, FormErrors.none().global(message), HttpStatus.CONFLICT);
		}
		catch (KeyReused reused) {
			return confirmation(checkout.placedWith(form.key()).orElseThrow(), form);
		}
	}

	private static ModelAndView confirmation(Order order, CheckoutForm form) {
		return new ModelAndView(order.accountId() != null ? "redirect:/account/orders/" + order.id() + "?placed"
				: "redirect:/shop/orders/" + order.id() + "?token=" + form.token() + "&placed");
	}

	private static FormErrors errors(Map<String, String> problems, Cart cart) {
		var errors = FormErrors.none();
		problems.forEach((field, message) -> {
			if (field.startsWith("items[")) {
				int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
				errors.global(cart.lines().get(index).variant().productName()
						+ " is no longer sold. Please remove it from your cart.");
			}
			else {
				errors.field(field, message);
			}
		});
		return errors;
	}

	private ModelAndView page(Cart cart, CheckoutForm form, FormErrors errors, HttpStatus status) {
		var page = new ModelAndView("shop/checkout", status);
		page.addObject("cart", cart);
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("destinations", destinations.all());
		page.addObject("settings", settings);
		page.addObject("shipBy", Order.words(dispatch.promiseNow().shipBy()));
		return page;
	}
}
