package org.backcare.careplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where an approved plan stands on the progress rules (fact sheet 9.4): on track, flagged for the therapist's
 * review (O4), proposed to stop (O4, no response by session 10) or paused because the client got worse (O5).
 * The sessions module measures progress and calls this in the same transaction as the answer or note that
 * changed it: an event would need careplans to depend on sessions, which already depends on careplans.
 */
@Component
public class PlanProgress {

	public enum State {
		ON_TRACK, REVIEW, STOP_PROPOSED, PAUSED
	}

	/** @param rules the rule ids behind the state, e.g. O4 */
	public record Standing(long planId, long clientId, State state, List<String> rules, String reason, Instant at) {

		public Standing {
			rules = List.copyOf(rules);
		}
	}

	private static final String SELECT = """
			select id, client_id, progress, progress_rules, progress_reason, progress_at from care_plans
			""";

	private final JdbcClient jdbc;

	PlanProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The standing of the client's open plan; empty while they have none. */
	public Optional<Standing> of(long clientId) {
		return jdbc.sql(SELECT + "where client_id = :client and status <> 'SUPERSEDED'")
			.param("client", clientId)
			.query(PlanProgress::standing)
			.optional();
	}

	/** The therapist's plans that the rules flagged (review, proposed stop, paused), longest waiting first. */
	public List<Standing> flaggedFor(long therapistId) {
		return jdbc.sql(SELECT + """
				where status = 'APPROVED' and progress <> 'ON_TRACK' and coalesce(therapist_id, approved_by) = :therapist
				order by progress_at""")
			.param("therapist", therapistId)
			.query(PlanProgress::standing)
			.list();
	}

	/**
	 * Sets the plan's state, with the rules and the reason in words. Returns false for a plan that is not open.
	 */
	public boolean mark(long planId, State state, List<String> rules, String reason, Instant at) {
		return jdbc.sql("""
				update care_plans set progress = :state, progress_rules = :rules, progress_reason = :reason, progress_at = :at
				where id = :id and status <> 'SUPERSEDED'""")
			.param("id", planId)
			.param("state", state.name())
			.param("rules", rules.toArray(String[]::new))
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static Standing standing(ResultSet rs, int row) throws SQLException {
		return new Standing(rs.getLong("id"), rs.getLong("client_id"), State.valueOf(rs.getString("progress")),
				List.of((String[]) rs.getArray("progress_rules").getArray()), rs.getString("progress_reason"),
				Optional.ofNullable(rs.getTimestamp("progress_at")).map(Timestamp::toInstant).orElse(null));
	}
}
