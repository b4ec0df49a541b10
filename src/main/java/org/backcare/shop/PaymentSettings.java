package org.backcare.shop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in payment methods' details, shown on the confirmation page and email.
 *
 * @param bankName the bank a transfer goes to
 * @param accountName whose account it is
 * @param accountNumber the account number
 * @param routingNumber the bank's ABA routing number
 * @param pickup where and how an order is paid on pickup
 */
@ConfigurationProperties("backcare.shop.payment")
record PaymentSettings(@DefaultValue("Example Community Bank") String bankName,
		@DefaultValue("BackCare Practice") String accountName, @DefaultValue("000123456789") String accountNumber,
		@DefaultValue("000000000") String routingNumber,
		@DefaultValue("at the practice's front desk, by card or cash") String pickup) {
}
