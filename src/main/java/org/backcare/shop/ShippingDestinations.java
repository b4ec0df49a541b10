package org.backcare.shop;

import java.util.List;

import org.backcare.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The countries the shop ships to, and which of them allow age-restricted products (CBD). */
@Component
class ShippingDestinations {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ShippingDestinations(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	record Destination(String country, String name, boolean allowsRestricted, int orders) {
	}

	List<Destination> all() {
		return jdbc.sql("""
				select d.country, d.name, d.allows_restricted,
				       (select count(*) from shop_orders o where o.ship_country = d.country) as orders
				from shop_destinations d order by d.name""")
			.query((row, n) -> new Destination(row.getString("country"), row.getString("name"),
					row.getBoolean("allows_restricted"), row.getInt("orders")))
			.list();
	}

	/** Adds the country, or changes its name and rule when it is there already. */
	@Transactional
	void save(String country, String name, boolean allowsRestricted, long actorId) {
		jdbc.sql("""
				insert into shop_destinations (country, name, allows_restricted) values (:country, :name, :allows)
				on conflict (country) do update set name = excluded.name, allows_restricted = excluded.allows_restricted""")
			.param("country", country)
			.param("name", name)
			.param("allows", allowsRestricted)
			.update();
		audit.record(actorId, "shop.destination.saved", "destination:" + country);
	}

	/** False when orders went there: their addresses refer to the country, so it stays. */
	@Transactional
	boolean remove(String country, long actorId) {
		boolean removed = jdbc.sql("""
				delete from shop_destinations d where d.country = :country
				and not exists (select 1 from shop_orders o where o.ship_country = d.country)""")
			.param("country", country)
			.update() > 0;
		if (removed) {
			audit.record(actorId, "shop.destination.removed", "destination:" + country);
		}
		return removed;
	}
}
