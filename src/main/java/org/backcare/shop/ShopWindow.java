package org.backcare.shop;

import java.util.Currency;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few products for other modules to show outside the shop, e.g. the newsletter's shop picks: active products
 * that can be bought now (an active variant in stock), newest first, as plain words and a link.
 */
@Component
public class ShopWindow {

	/**
	 * One product in the window.
	 *
	 * @param price the lowest price it can be bought at now, e.g. $24.00, or from $24.00 when variants differ
	 * @param path its page in the shop
	 */
	public record Pick(String name, String summary, String price, String path) {
	}

	private final JdbcClient jdbc;

	ShopWindow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Pick> featured(int limit) {
		return jdbc.sql("""
				select p.slug, p.name, p.summary, v.lowest, v.highest, v.currency
				from shop_products p
				join lateral (
				    select min(price_minor) as lowest, max(price_minor) as highest, min(currency) as currency
				    from shop_variants where product_id = p.id and active and stock > 0) v on v.lowest is not null
				where p.active
				order by p.created_at desc, p.id desc
				limit :limit""")
			.param("limit", Math.max(0, limit))
			.query((row, n) -> {
				var lowest = new Money(row.getLong("lowest"), Currency.getInstance(row.getString("currency")));
				String price = row.getLong("highest") > lowest.minor() ? "from " + lowest.formatted() : lowest.formatted();
				return new Pick(row.getString("name"), row.getString("summary"), price,
						"/shop/products/" + row.getString("slug"));
			})
			.list();
	}
}
