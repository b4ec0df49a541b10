package org.backcare.scheduling;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
}
