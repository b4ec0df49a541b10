package org.backcare.shop;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the zone the shop dispatches in: cut-off, business days and ship-by dates are counted there
 * @param cutOff orders placed after this time count from the next business day
 * @param dispatchDays an order ships within this many business days ("ships within 2 business days")
 * @param currency the currency of new prices (ISO 4217)
 * @param standardShippingMinor the price of standard shipping below the free threshold (0: always free)
 * @param freeShippingFromMinor standard shipping is free from this subtotal on (0: always free)
 * @param expressShippingMinor the price of express shipping; 0 turns the express option off
 * @param lowStockAt a variant at or below this many units counts as low on stock unless it sets its own level
 */
@ConfigurationProperties("backcare.shop")
record ShopSettings(@DefaultValue("America/Chicago") ZoneId timeZone, @DefaultValue("14:00") LocalTime cutOff,
		@DefaultValue("2") int dispatchDays, @DefaultValue("USD") Currency currency,
		@DefaultValue("0") long standardShippingMinor, @DefaultValue("0") long freeShippingFromMinor,
		@DefaultValue("0") long expressShippingMinor, @DefaultValue("3") int lowStockAt) {
}
