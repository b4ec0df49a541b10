package org.backcare.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose clinical records a therapist may open: the clients they treated or are booked with (a session not
 * cancelled), and those whose care plan they took on (ADR 0005). Everyone else's records answer 404.
 */
@Component
public class CareTeam {

	private final JdbcClient jdbc;

	CareTeam(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean treats(long therapistId, long clientId) {
		return jdbc.sql("""
				select exists (select 1 from bookings where therapist_id = :therapist and client_id = :client and status <> 'CANCELLED')
				    or exists (select 1 from care_plans where therapist_id = :therapist and client_id = :client)""")
			.param("therapist", therapistId)
			.param("client", clientId)
			.query(Boolean.class)
			.single();
	}
}
