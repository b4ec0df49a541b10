package org.backcare.shop;

import org.springframework.stereotype.Component;

/** Pay on pickup or by bank transfer: the order is placed unpaid and marked paid when the money arrives. */
@Component
class ManualPayment implements PaymentProvider {

	private final PaymentSettings settings;

	ManualPayment(PaymentSettings settings) {
		this.settings = settings;
	}

	@Override
	public boolean handles(PaymentMethod method) {
		return method == PaymentMethod.PAY_ON_PICKUP || method == PaymentMethod.BANK_TRANSFER;
	}

	@Override
	public NextStep next(Order order) {
		String total = order.totals().total().formatted();
		if (order.payment() == PaymentMethod.BANK_TRANSFER) {
			return new NextStep(null, "Please transfer " + total + " to " + settings.accountName() + ", "
					+ settings.bankName() + ", account " + settings.accountNumber() + ", routing number "
					+ settings.routingNumber() + ", quoting " + order.reference()
					+ ". We mark the order paid when the transfer arrives.");
		}
		return new NextStep(null, "Please pay " + total + " when you collect your order, " + settings.pickup()
				+ ". Quote " + order.reference() + ".");
	}
}
