package org.backcare.scheduling;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The booking_rules table: a service without a row follows the practice's defaults. */
@Repository
class ServiceRules {

	private final JdbcClient jdbc;

	private final SchedulingSettings settings;

	ServiceRules(JdbcClient jdbc, SchedulingSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	BookingRules of(long serviceId) {
		return of(java.util.List.of(serviceId)).get(serviceId);
	}

	/** Each service's rules, every id mapped, in one statement. */
	Map<Long, BookingRules> of(Collection<Long> serviceIds) {
		Map<Long, BookingRules> rules = new HashMap<>();
		if (!serviceIds.isEmpty()) {
			jdbc.sql("select * from booking_rules where service_id in (:ids)")
				.param("ids", serviceIds)
				.query(rs -> {
					rules.put(rs.getLong("service_id"), new BookingRules(Duration.ofMinutes(rs.getInt("buffer_before_min")),
							Duration.ofMinutes(rs.getInt("buffer_after_min")), Duration.ofMinutes(rs.getInt("min_notice_min")),
							rs.getInt("horizon_days"), Duration.ofHours(rs.getInt("cancel_window_hours"))));
				});
		}
		serviceIds.forEach(id -> rules.putIfAbsent(id, settings.defaults()));
		return rules;
	}

	/** The services that have rules of their own (the rest follow the practice's defaults). */
	Set<Long> withOwnRules() {
		return Set.copyOf(jdbc.sql("select service_id from booking_rules").query(Long.class).list());
	}

	/** Gives a service rules of its own, or changes them; whole minutes, hours and days, as the table keeps them. */
	void save(long serviceId, BookingRules rules) {
		jdbc.sql("""
				insert into booking_rules (service_id, buffer_before_min, buffer_after_min, min_notice_min, horizon_days, cancel_window_hours)
				values (:service, :before, :after, :notice, :horizon, :window)
				on conflict (service_id) do update set buffer_before_min = excluded.buffer_before_min,
				    buffer_after_min = excluded.buffer_after_min, min_notice_min = excluded.min_notice_min,
				    horizon_days = excluded.horizon_days, cancel_window_hours = excluded.cancel_window_hours""")
			.param("service", serviceId)
			.param("before", rules.bufferBefore().toMinutes())
			.param("after", rules.bufferAfter().toMinutes())
			.param("notice", rules.minimumNotice().toMinutes())
			.param("horizon", rules.horizonDays())
			.param("window", rules.cancellationWindow().toHours())
			.update();
	}

	/** The service follows the practice's defaults again. */
	void useDefaults(long serviceId) {
		jdbc.sql("delete from booking_rules where service_id = :service").param("service", serviceId).update();
	}
}
