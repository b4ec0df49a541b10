package org.backcare.shop;

/** No order with this id: the pages answer 404. */
class OrderNotFound extends RuntimeException {

	OrderNotFound(long orderId) {
		super("No order " + orderId);
	}
}
