package org.backcare.shop;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.backcare.identity.Secrets;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders for apps, signed in or not. {@code POST /api/v1/orders} needs an Idempotency-Key: the same key with the
 * same body answers with the same order, never a second one. The body is read here, at most 64 KB of it, so an
 * oversized or broken body is a clear problem document and never a 500.
 */
@RestController
@Tag(name = "Shop")
class OrderApi {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final String ORDERS = "/api/v1/orders";

	record Placed(long id, String status, long totalMinor, String currency, LocalDate shipBy) {

		static Placed of(Order order) {
			return new Placed(order.id(), order.status(), order.totals().total().minor(),
					order.totals().total().currency().getCurrencyCode(), order.shipBy());
		}
	}

	record LineJson(String sku, String name, int quantity, long unitPriceMinor, long totalMinor) {
	}

	record OrderJson(long id, String status, Instant placedAt, LocalDate shipBy, String email, List<LineJson> items,
			String currency, long subtotalMinor, long shippingMinor, long taxMinor, long totalMinor,
			String shippingMethod, Address shippingAddress, String paymentMethod, String paymentInstructions) {
	}

	private final Checkout checkout;

	private final Orders orders;

	private final Variants variants;

	private final Destinations destinations;

	private final Payments payments;

	private final ShopSettings settings;

	private final JsonMapper json;

	OrderApi(Checkout checkout, Orders orders, Variants variants, Destinations destinations, Payments payments,
			ShopSettings settings, JsonMapper json) {
		this.checkout = checkout;
		this.orders = orders;
		this.variants = variants;
		this.destinations = destinations;
		this.payments = payments;
		this.settings = settings;
		this.json = json;
	}

	@PostMapping(ORDERS)
	@Operation(summary = "Place an order (Idempotency-Key header required; works signed out)",
			description = "201 with the order; the same key and body again answer 200 with the same order. 400 for a "
					+ "body that can't be read as an order, 409 when a product is sold out, 413 over 64 KB, 422 when the "
					+ "address, country, SKUs or age confirmation don't allow the sale or the key was used for another order.")
	ResponseEntity<?> place(HttpServletRequest request, @AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) throws IOException {
		if (key == null || key.isBlank() || key.length() < 8 || key.length() > 150) {
			return ShopProblems.fields(HttpStatus.BAD_REQUEST,
					Map.of("Idempotency-Key", "Send an Idempotency-Key header of 8 to 150 characters, unique per order."), ORDERS);
		}
		byte[] body = request.getContentLengthLong() > MAX_BODY_BYTES ? null
				: request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body == null || body.length > MAX_BODY_BYTES) {
			return ShopProblems.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", "An order is at most 64 KB of JSON.", ORDERS);
		}
		OrderBody.Result read = OrderBody.read(json, body);
		if (read.request() == null) {
			return ShopProblems.fields(HttpStatus.BAD_REQUEST, read.errors(), ORDERS);
		}
		OrderRequest order = read.request();
		// Keys are the client's own: namespaced by account so one client's key never finds another's order.
		String scopedKey = "api:" + (me == null ? "guest" : me.id().value()) + ":" + key;
		Long account = me == null ? null : me.id().value();
		try {
			Optional<Checkout.Placement> earlier = checkout.earlier(scopedKey, order);
			if (earlier.isPresent()) {
				return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(Placed.of(earlier.get().order()));
			}
			var shelf = variants.bySku(order.skus());
			Map<String, String> problems = OrderCheck.problems(order, shelf, destinations.of(order.address().country()),
					settings, "shippingAddress.");
			if (!problems.isEmpty()) {
				return ShopProblems.fields(HttpStatus.UNPROCESSABLE_CONTENT, problems, ORDERS);
			}
			var placement = checkout.place(order, shelf, account, scopedKey, Secrets.newToken(), () -> {
			});
			Placed placed = Placed.of(placement.order());
			return placement.created() ? ResponseEntity.created(URI.create(ORDERS + "/" + placed.id())).body(placed)
					: ResponseEntity.ok().header("Idempotent-Replayed", "true").body(placed);
		}
		catch (SoldOut soldOut) {
			return ShopProblems.soldOut(soldOut, ORDERS);
		}
		catch (KeyReused reused) {
			return ShopProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", reused.getMessage(), ORDERS);
		}
	}

	@GetMapping(ORDERS + "/{id}")
	@Operation(summary = "An order, for its account (bearer token) or with the secret token of its link")
	ResponseEntity<?> order(@PathVariable long id, @RequestParam(required = false) String token,
			@AuthenticationPrincipal SignedInAccount me) {
		Optional<Order> order = me != null ? orders.ofAccount(id, me.id().value()) : Optional.empty();
		if (order.isEmpty() && token != null) {
			order = orders.withToken(id, token);
		}
		if (order.isEmpty()) {
			return ShopProblems.of(HttpStatus.NOT_FOUND, "Not found", "No such order.", ORDERS + "/" + id);
		}
		return ResponseEntity.ok(json(order.get()));
	}

	private OrderJson json(Order order) {
		Totals totals = order.totals();
		List<LineJson> items = order.lines()
			.stream()
			.map(line -> new LineJson(line.sku(), line.name(), line.quantity(), line.unitPrice().minor(), line.total().minor()))
			.toList();
		return new OrderJson(order.id(), order.status(), order.placedAt(), order.shipBy(), order.email(), items,
				totals.total().currency().getCurrencyCode(), totals.subtotal().minor(), totals.shipping().minor(),
				totals.tax().minor(), totals.total().minor(), order.shipping().name(), order.address(),
				order.payment().name(), payments.next(order).instructions());
	}
}
