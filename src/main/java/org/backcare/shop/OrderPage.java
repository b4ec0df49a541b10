package org.backcare.shop;

import java.util.HashMap;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** An order's admin page as it is now, with the forms of the steps it can take and what went wrong with one. */
@Component
class OrderPage {

	private final OrderBook book;

	private final ShopSettings settings;

	OrderPage(OrderBook book, ShopSettings settings) {
		this.book = book;
		this.settings = settings;
	}

	ModelAndView show(long id, PaymentForm payment, ShipmentForm shipment, FormErrors errors, String refused,
			HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("order", sheet(id));
		model.put("payment", payment);
		model.put("shipment", shipment);
		model.put("errors", errors);
		model.put("refused", refused);
		model.put("zone", settings.timeZone());
		return new ModelAndView("shop/admin-order", model, status);
	}

	OrderBook.Sheet sheet(long id) {
		return book.sheet(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
