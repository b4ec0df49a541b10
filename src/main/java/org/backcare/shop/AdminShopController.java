package org.backcare.shop;

import java.util.Map;

import org.backcare.shop.Fulfilment.State;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The shop's corner of the admin: what needs doing today, and the way to each part. */
@Controller
class AdminShopController {

	private final OrderBook book;

	private final LowStock lowStock;

	AdminShopController(OrderBook book, LowStock lowStock) {
		this.book = book;
		this.lowStock = lowStock;
	}

	@GetMapping("/admin/shop")
	ModelAndView overview() {
		Map<State, Integer> counts = book.counts();
		int toShip = State.TO_SHIP.stream().mapToInt(counts::get).sum();
		return new ModelAndView("shop/admin-shop", Map.of("counts", counts, "toShip", toShip, "late", book.lateCount(),
				"low", lowStock.count()));
	}
}
