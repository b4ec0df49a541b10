package org.backcare.shop;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sellable variants as the cart and checkout read them: price, stock and whether they may be sold. */
@Repository
class Variants {

	/** @param sellable the variant and its product are active */
	record Variant(String sku, String productName, String productSlug, String label, Money price, int taxRateBp,
			int stock, boolean sellable, boolean ageRestricted) {

		OrderLine line(int quantity) {
			return new OrderLine(sku, productName, label, price, taxRateBp, quantity);
		}
	}

	private final JdbcClient jdbc;

	Variants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Variant> bySku(Collection<String> skus) {
		Map<String, Variant> found = new LinkedHashMap<>();
		if (skus.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select v.sku, p.name, p.slug, v.label, v.price_minor, v.currency, v.tax_rate_bp, v.stock,
				       v.active and p.active as sellable, p.age_restricted
				from shop_variants v join shop_products p on p.id = v.product_id
				where v.sku in (:skus) order by v.sku""")
			.param("skus", skus)
			.query((rs, n) -> new Variant(rs.getString("sku"), rs.getString("name"), rs.getString("slug"),
					rs.getString("label"), new Money(rs.getLong("price_minor"), Currency.getInstance(rs.getString("currency"))),
					rs.getInt("tax_rate_bp"), rs.getInt("stock"), rs.getBoolean("sellable"), rs.getBoolean("age_restricted")))
			.list()
			.forEach(variant -> found.put(variant.sku(), variant));
		return found;
	}
}
