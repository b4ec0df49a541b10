package org.backcare.shop;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cart for apps: signed out by the same cart cookie as the pages, signed in (bearer token) by account.
 * Prices and totals always come from the server.
 */
@RestController
@Tag(name = "Shop")
class CartApi {

	/** @param available units that can be ordered now */
	record LineJson(String sku, String name, int quantity, long unitPriceMinor, long totalMinor, int available) {
	}

	/** @param notice set when a quantity was capped by the stock */
	record CartJson(List<LineJson> items, int count, String currency, long subtotalMinor, long shippingMinor,
			long taxMinor, long totalMinor, String notice) {

		static CartJson of(Cart cart, String notice) {
			List<LineJson> items = cart.lines()
				.stream()
				.map(line -> new LineJson(line.variant().sku(), line.orderLine().name(), line.quantity(),
						line.variant().price().minor(), line.orderLine().total().minor(),
						line.variant().sellable() ? line.variant().stock() : 0))
				.toList();
			Totals totals = cart.totals();
			return new CartJson(items, cart.count(), totals.total().currency().getCurrencyCode(), totals.subtotal().minor(),
					totals.shipping().minor(), totals.tax().minor(), totals.total().minor(), notice);
		}
	}

	record QuantityJson(Integer quantity) {
	}

	private final CurrentCart current;

	private final Carts carts;

	private final Variants variants;

	CartApi(CurrentCart current, Carts carts, Variants variants) {
		this.current = current;
		this.carts = carts;
		this.variants = variants;
	}

	@GetMapping("/api/v1/cart")
	@Operation(summary = "The shopper's cart with today's prices and totals")
	CartJson cart(HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal SignedInAccount me) {
		return CartJson.of(current.load(request, response, me), null);
	}

	@PutMapping("/api/v1/cart/items/{sku}")
	@Operation(summary = "Set how many of a SKU the cart holds (1 to 99, capped by the stock)")
	ResponseEntity<?> put(@PathVariable String sku, @RequestBody QuantityJson body, HttpServletRequest request,
			HttpServletResponse response, @AuthenticationPrincipal SignedInAccount me) {
		String path = "/api/v1/cart/items/" + sku;
		if (body == null || body.quantity() == null || body.quantity() < 1 || body.quantity() > Carts.MOST_PER_LINE) {
			return ShopProblems.fields(HttpStatus.BAD_REQUEST, java.util.Map.of("quantity", CartQuantity.RANGE), path);
		}
		var variant = variants.bySku(List.of(sku)).get(sku);
		if (variant == null || !variant.sellable()) {
			return ShopProblems.of(HttpStatus.NOT_FOUND, "Unknown product", "We don't sell a product with this SKU.", path);
		}
		if (variant.stock() == 0) {
			return ShopProblems.soldOut(new SoldOut(sku, variant.productName()), path);
		}
		UUID cart = current.findOrCreate(request, response, me);
		int kept = carts.set(cart, variant, body.quantity());
		return ResponseEntity.ok(CartJson.of(carts.load(cart), kept == body.quantity() ? null : CartQuantity.capped(variant, kept)));
	}

	@DeleteMapping("/api/v1/cart/items/{sku}")
	@Operation(summary = "Remove a SKU from the cart")
	CartJson remove(@PathVariable String sku, HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal SignedInAccount me) {
		current.find(request, response, me).ifPresent(cart -> carts.remove(cart, sku));
		return CartJson.of(current.load(request, response, me), null);
	}
}
