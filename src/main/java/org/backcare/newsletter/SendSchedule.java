package org.backcare.newsletter;

import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row that holds the practice's send schedule. */
@Repository
class SendSchedule {

	private final JdbcClient jdbc;

	SendSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Schedule current() {
		return jdbc.sql("select every_days, send_at, enabled, updated_at, updated_by from newsletter_schedule")
			.query((row, n) -> new Schedule(row.getInt("every_days"), row.getObject("send_at", LocalTime.class),
					row.getBoolean("enabled"), row.getTimestamp("updated_at").toInstant(), row.getString("updated_by")))
			.single();
	}

	void change(int everyDays, LocalTime sendAt, boolean enabled, String by) {
		jdbc.sql("""
				update newsletter_schedule set every_days = :days, send_at = :at, enabled = :enabled,
				updated_at = now(), updated_by = :by""")
			.param("days", everyDays)
			.param("at", sendAt)
			.param("enabled", enabled)
			.param("by", by)
			.update();
	}
}
