package org.backcare.shop;

/** An idempotency key that already placed an order came back with a different request. */
class KeyReused extends RuntimeException {

	KeyReused() {
		super("This Idempotency-Key was already used for a different order.");
	}
}
