package org.backcare.shop;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Variants at or below their low-stock level, and the alert when one gets there: {@link StockRanLow} is published
 * when a change crosses the level (from above it to at or below it), so the admins hear once, not at every sale.
 */
@Component
class LowStock {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	LowStock(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	record Row(long productId, String sku, String productName, String variantLabel, int stock, int lowStockAt) {

		boolean soldOut() {
			return stock == 0;
		}
	}

	/** Active variants at or below their level, the emptiest first. */
	List<Row> rows() {
		return jdbc.sql("""
				select p.id, v.sku, p.name, v.label, v.stock, v.low_stock_at
				from shop_variants v join shop_products p on p.id = v.product_id
				where v.active and p.active and v.stock <= v.low_stock_at order by v.stock, p.name, v.sku""")
			.query((row, n) -> new Row(row.getLong("id"), row.getString("sku"), row.getString("name"),
					row.getString("label"), row.getInt("stock"), row.getInt("low_stock_at")))
			.list();
	}

	int count() {
		return jdbc.sql("""
				select count(*) from shop_variants v join shop_products p on p.id = v.product_id
				where v.active and p.active and v.stock <= v.low_stock_at""").query(Integer.class).single();
	}

	/**
	 * For the sale path: call it in the order's transaction, after the stock of every line was taken, with the
	 * units sold per SKU; it alerts for each variant the sale took to or below its level.
	 */
	void checkAfterSale(Map<String, Integer> soldBySku) {
		for (var sold : soldBySku.entrySet()) {
			jdbc.sql("select stock from shop_variants where sku = :sku")
				.param("sku", sold.getKey())
				.query(Integer.class)
				.optional()
				.ifPresent(after -> check(sold.getKey(), after + sold.getValue(), after));
		}
	}

	/** Alerts when stock went from above the variant's level to at or below it. */
	void check(String sku, int before, int after) {
		jdbc.sql("""
				select v.sku, p.name, v.label, v.low_stock_at from shop_variants v join shop_products p on p.id = v.product_id
				where v.sku = :sku and v.active and p.active""")
			.param("sku", sku)
			.query((row, n) -> new StockRanLow(row.getString("sku"), row.getString("name"), row.getString("label"),
					after, row.getInt("low_stock_at")))
			.optional()
			.filter(low -> before > low.lowStockAt() && after <= low.lowStockAt())
			.ifPresent(events::publishEvent);
	}
}
