package org.backcare.shop;

import java.util.List;

import org.springframework.stereotype.Component;

/** Finds the provider that takes an order's payment method. */
@Component
class Payments {

	private final List<PaymentProvider> providers;

	Payments(List<PaymentProvider> providers) {
		this.providers = List.copyOf(providers);
	}

	PaymentProvider.NextStep next(Order order) {
		return providers.stream()
			.filter(provider -> provider.handles(order.payment()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No payment provider takes " + order.payment()))
			.next(order);
	}
}
