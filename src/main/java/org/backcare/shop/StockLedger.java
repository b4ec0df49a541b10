package org.backcare.shop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.backcare.identity.People;
import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock changes made by hand (a delivery from the supplier, a count, a damaged unit), each with its reason and
 * kept. The variant row is locked before the new quantity is worked out, so a sale at the same moment waits and
 * is then taken from the adjusted stock: nothing sold is lost, and each entry's change is true.
 */
@Component
class StockLedger {

	static final int MOST = 100_000;

	private final JdbcClient jdbc;

	private final LowStock lowStock;

	private final AuditLog audit;

	private final People people;

	StockLedger(JdbcClient jdbc, LowStock lowStock, AuditLog audit, People people) {
		this.jdbc = jdbc;
		this.lowStock = lowStock;
		this.audit = audit;
		this.people = people;
	}

	/** What was counted on the shelf now. */
	@Transactional
	int setTo(String sku, int quantity, String reason, long actorId) {
		return adjust(sku, stock -> quantity, reason, actorId);
	}

	/** Units in (positive) or out (negative), e.g. a delivery of 24 or two damaged units. */
	@Transactional
	int change(String sku, int delta, String reason, long actorId) {
		return adjust(sku, stock -> stock + delta, reason, actorId);
	}

	/** Refused because stock can't go below zero or above {@link #MOST}. */
	static final class OutOfRange extends RuntimeException {

		OutOfRange(int stock, int wanted) {
			super(wanted < 0 ? "There are only " + stock + " in stock: the stock can't go below zero."
					: "Keep the stock at " + MOST + " units or fewer.");
		}
	}

	record Adjustment(int delta, int stockAfter, String reason, String actor, Instant at) {
	}

	List<Adjustment> history(String sku) {
		record Raw(int delta, int stockAfter, String reason, Long actorId, Instant at) {
		}
		List<Raw> raw = jdbc.sql("""
				select delta, stock_after, reason, actor_id, adjusted_at from shop_stock_adjustments
				where sku = :sku order by adjusted_at desc, id desc limit 100""")
			.param("sku", sku)
			.query((row, n) -> new Raw(row.getInt("delta"), row.getInt("stock_after"), row.getString("reason"),
					row.getObject("actor_id", Long.class), row.getTimestamp("adjusted_at").toInstant()))
			.list();
		Map<Long, String> names = people.namesOf(raw.stream().map(Raw::actorId).filter(id -> id != null).toList());
		return raw.stream()
			.map(entry -> new Adjustment(entry.delta(), entry.stockAfter(), entry.reason(),
					entry.actorId() == null ? null : names.get(entry.actorId()), entry.at()))
			.toList();
	}

	private int adjust(String sku, IntUnaryOperator target, String reason, long actorId) {
		int stock = jdbc.sql("select stock from shop_variants where sku = :sku for update")
			.param("sku", sku)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new UnknownSku(sku));
		int after = target.applyAsInt(stock);
		if (after < 0 || after > MOST) {
			throw new OutOfRange(stock, after);
		}
		jdbc.sql("update shop_variants set stock = :after where sku = :sku").param("after", after).param("sku", sku).update();
		jdbc.sql("""
				insert into shop_stock_adjustments (sku, delta, stock_after, reason, actor_id)
				values (:sku, :delta, :after, :reason, :actor)""")
			.param("sku", sku)
			.param("delta", after - stock)
			.param("after", after)
			.param("reason", reason.strip())
			.param("actor", actorId)
			.update();
		audit.record(actorId, "shop.stock.adjusted", "sku:" + sku);
		lowStock.check(sku, stock, after);
		return after;
	}
}
