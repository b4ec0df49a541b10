package org.backcare.shop;

import java.util.Arrays;
import java.util.Map;

import org.backcare.platform.FormErrors;
import org.backcare.shop.Fulfilment.State;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The orders by state, the ones late to ship, one order with its history, and its packing slip. */
@Controller
class AdminOrdersController {

	static final String HOME = "/admin/shop/orders";

	private final OrderBook book;

	private final OrderPage page;

	private final ShopSettings settings;

	AdminOrdersController(OrderBook book, OrderPage page, ShopSettings settings) {
		this.book = book;
		this.page = page;
		this.settings = settings;
	}

	@GetMapping(HOME)
	ModelAndView orders(@RequestParam(defaultValue = "PLACED") String status) {
		State state = Arrays.stream(State.values())
			.filter(each -> each.name().equalsIgnoreCase(status))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("shop/admin-orders", Map.of("state", state, "counts", book.counts(), "rows",
				book.inState(state), "late", book.lateCount(), "zone", settings.timeZone()));
	}

	@GetMapping(HOME + "/late")
	ModelAndView late() {
		return new ModelAndView("shop/admin-late",
				Map.of("rows", book.late(), "today", book.today(), "zone", settings.timeZone()));
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView order(@PathVariable long id) {
		return page.show(id, PaymentForm.blank(), ShipmentForm.blank(), FormErrors.none(), null, HttpStatus.OK);
	}

	@GetMapping(HOME + "/{id}/packing-slip")
	ModelAndView packingSlip(@PathVariable long id) {
		return new ModelAndView("shop/packing-slip", Map.of("order", page.sheet(id), "zone", settings.timeZone()));
	}
}
