package org.backcare.shop;

import java.time.LocalDate;
import java.util.List;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Days the shop does not dispatch besides weekends; the business-day calendar ({@link Dispatch}) skips them. */
@Component
class ShopHolidays {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ShopHolidays(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	record Holiday(LocalDate day, String name) {
	}

	List<Holiday> in(int year) {
		return jdbc.sql("select day, name from shop_holidays where day between :from and :to order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((row, n) -> new Holiday(row.getObject("day", LocalDate.class), row.getString("name")))
			.list();
	}

	/** False when the day is a holiday already. */
	@Transactional
	boolean add(LocalDate day, String name, long actorId) {
		boolean added = jdbc.sql("insert into shop_holidays (day, name) values (:day, :name) on conflict (day) do nothing")
			.param("day", day)
			.param("name", name)
			.update() > 0;
		if (added) {
			audit.record(actorId, "shop.holiday.added", "holiday:" + day);
		}
		return added;
	}

	@Transactional
	boolean remove(LocalDate day, long actorId) {
		boolean removed = jdbc.sql("delete from shop_holidays where day = :day").param("day", day).update() > 0;
		if (removed) {
			audit.record(actorId, "shop.holiday.removed", "holiday:" + day);
		}
		return removed;
	}
}
