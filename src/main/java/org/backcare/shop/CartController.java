package org.backcare.shop;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cart page and its forms: add from a product page, change a quantity, remove a line. */
@Controller
class CartController {

	private static final String CART = "redirect:/shop/cart";

	private final CurrentCart current;

	private final Carts carts;

	private final Variants variants;

	CartController(CurrentCart current, Carts carts, Variants variants) {
		this.current = current;
		this.carts = carts;
		this.variants = variants;
	}

	@GetMapping("/shop/cart")
	ModelAndView cart(HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal SignedInAccount me) {
		var page = new ModelAndView("shop/cart");
		page.addObject("cart", current.load(request, response, me));
		return page;
	}

	@PostMapping("/shop/cart/items")
	String add(@RequestParam(required = false) String sku, @RequestParam(required = false) String quantity,
			HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes flash) {
		Integer wanted = CartQuantity.parse(quantity);
		var variant = sku == null ? null : variants.bySku(List.of(sku)).get(sku);
		if (variant == null || !variant.sellable()) {
			flash.addFlashAttribute("problem", "We couldn't find that product. It may no longer be sold.");
			return CART;
		}
		if (wanted == null) {
			flash.addFlashAttribute("problem", CartQuantity.RANGE);
			return CART;
		}
		if (variant.stock() == 0) {
			flash.addFlashAttribute("problem", variant.productName() + " is out of stock.");
			return CART;
		}
		UUID cart = current.findOrCreate(request, response, me);
		int had = carts.quantityOf(cart, sku);
		int kept = carts.set(cart, variant, had + wanted);
		flash.addFlashAttribute(kept == had + wanted ? "notice" : "problem",
				kept == had + wanted ? "Added " + wanted + " × " + variant.line(1).name() + " to your cart."
						: CartQuantity.capped(variant, kept));
		return CART;
	}

	@PostMapping("/shop/cart/items/{sku}")
	String update(@PathVariable String sku, @RequestParam(required = false) String quantity, HttpServletRequest request,
			HttpServletResponse response, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes flash) {
		Integer wanted = "0".equals(quantity == null ? null : quantity.strip()) ? Integer.valueOf(0) : CartQuantity.parse(quantity);
		var cart = current.find(request, response, me);
		var variant = variants.bySku(List.of(sku)).get(sku);
		if (cart.isEmpty() || variant == null) {
			return CART;
		}
		if (wanted == null) {
			flash.addFlashAttribute("problem", CartQuantity.RANGE);
			return CART;
		}
		int kept = carts.set(cart.get(), variant, wanted);
		flash.addFlashAttribute(kept == wanted ? "notice" : "problem", kept == wanted
				? (kept == 0 ? "Removed " + variant.line(1).name() + "." : "Updated " + variant.line(1).name() + " to " + kept + ".")
				: CartQuantity.capped(variant, kept));
		return CART;
	}

	@PostMapping("/shop/cart/items/{sku}/remove")
	String remove(@PathVariable String sku, HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes flash) {
		current.find(request, response, me).ifPresent(cart -> carts.remove(cart, sku));
		flash.addFlashAttribute("notice", "Removed the item from your cart.");
		return CART;
	}
}
