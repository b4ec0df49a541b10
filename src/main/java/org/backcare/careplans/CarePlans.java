package org.backcare.careplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The care_plans and care_plan_versions tables. Changes and approvals name the version they were made on, so a
 * therapist never overwrites a change they have not seen (a lost update is a 409, not silence).
 */
@Repository
class CarePlans {

	private static final String SELECT = """
			select p.id, p.client_id, p.consultation_id, p.status, p.current_version, p.pressure_cap, p.therapist_id,
			       p.approved_by, p.approved_at, p.created_at, p.progress, v.plan::text as plan, v.changed_by, v.reason, v.created_at as changed_at
			from care_plans p join care_plan_versions v on v.plan_id = p.id and v.version = p.current_version
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CarePlans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Retires the client's open plan, if any: a newer consultation speaks for them now. */
	void supersedeOpenPlanOf(long clientId) {
		jdbc.sql("update care_plans set status = 'SUPERSEDED' where client_id = :client and status <> 'SUPERSEDED'")
			.param("client", clientId)
			.update();
	}

	/** Stores the engine's proposal as version 1; a consultation that has a plan already keeps it. */
	void propose(long clientId, long consultationId, int pressureCap, Plan plan) {
		Long id = jdbc.sql("""
				insert into care_plans (client_id, consultation_id, pressure_cap) values (:client, :consultation, :cap)
				on conflict (consultation_id) do nothing returning id""")
			.param("client", clientId)
			.param("consultation", consultationId)
			.param("cap", pressureCap)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id != null) {
			addVersion(id, 1, plan, null, null);
		}
	}

	Optional<CarePlan> find(long id) {
		return jdbc.sql(SELECT + "where p.id = :id").param("id", id).query(this::carePlan).optional();
	}

	/** The client's plan that is not superseded, or empty before their first bookable consultation. */
	Optional<CarePlan> openOf(long clientId) {
		return jdbc.sql(SELECT + "where p.client_id = :client and p.status <> 'SUPERSEDED'")
			.param("client", clientId)
			.query(this::carePlan)
			.optional();
	}

	/** The approved plans of these clients (a client has one open plan at most). */
	List<CarePlan> approvedOf(Collection<Long> clientIds) {
		return jdbc.sql(SELECT + "where p.client_id = any(:clients) and p.status = 'APPROVED'")
			.param("clients", clientIds.toArray(Long[]::new))
			.query(this::carePlan)
			.list();
	}

	/** Plans waiting for a review that this therapist may take on (or has), oldest first. */
	List<CarePlan> waitingFor(long therapistId) {
		return jdbc.sql(SELECT + """
				where p.status = 'PROPOSED' and (p.therapist_id is null or p.therapist_id = :therapist)
				order by p.created_at limit 200""").param("therapist", therapistId).query(this::carePlan).list();
	}

	/** This therapist's approved plans, latest approval first. */
	List<CarePlan> approvedBy(long therapistId) {
		return jdbc.sql(SELECT + """
				where p.status = 'APPROVED' and p.therapist_id = :therapist
				order by p.approved_at desc limit 200""").param("therapist", therapistId).query(this::carePlan).list();
	}

	List<PlanVersion> versions(long planId) {
		return jdbc.sql("""
				select version, changed_by, reason, created_at, plan::text as plan from care_plan_versions
				where plan_id = :plan order by version desc""")
			.param("plan", planId)
			.query((rs, row) -> new PlanVersion(rs.getInt("version"), rs.getObject("changed_by", Long.class), rs.getString("reason"),
					rs.getTimestamp("created_at").toInstant(), json.readValue(rs.getString("plan"), Plan.class)))
			.list();
	}

	/**
	 * Adds a therapist's version on top of {@code seenVersion}; the plan waits for approval again.
	 *
	 * @return false when the plan moved on since the therapist saw it, or is another therapist's
	 */
	boolean change(long id, int seenVersion, long therapistId, Plan plan, String reason) {
		int updated = jdbc.sql("""
				update care_plans set current_version = current_version + 1, status = 'PROPOSED',
				       therapist_id = coalesce(therapist_id, :therapist), approved_at = null, approved_by = null
				where id = :id and current_version = :seen and status <> 'SUPERSEDED'
				  and (therapist_id is null or therapist_id = :therapist)""")
			.param("id", id)
			.param("seen", seenVersion)
			.param("therapist", therapistId)
			.update();
		if (updated == 1) {
			addVersion(id, seenVersion + 1, plan, therapistId, reason);
		}
		return updated == 1;
	}

	/** @return false when the plan moved on since the therapist saw it, is approved already, or is another's */
	boolean approve(long id, int seenVersion, long therapistId) {
		return jdbc.sql("""
				update care_plans set status = 'APPROVED', approved_by = :therapist,
				       approved_at = now(), therapist_id = coalesce(therapist_id, :therapist)
				where id = :id and current_version = :seen and status = 'PROPOSED'
				  and (therapist_id is null or therapist_id = :therapist)""")
			.param("id", id)
			.param("seen", seenVersion)
			.param("therapist", therapistId)
			.update() == 1;
	}

	private void addVersion(long planId, int version, Plan plan, Long changedBy, String reason) {
		jdbc.sql("""
				insert into care_plan_versions (plan_id, version, plan, changed_by, reason)
				values (:plan, :version, cast(:json as jsonb), :by, :reason)""")
			.param("plan", planId)
			.param("version", version)
			.param("json", json.writeValueAsString(plan))
			.param("by", changedBy)
			.param("reason", reason)
			.update();
	}

	private CarePlan carePlan(ResultSet rs, int row) throws SQLException {
		return new CarePlan(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("consultation_id"),
				PlanStatus.valueOf(rs.getString("status")), rs.getInt("current_version"), rs.getInt("pressure_cap"),
				rs.getObject("therapist_id", Long.class), rs.getObject("approved_by", Long.class),
				rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
				rs.getTimestamp("created_at").toInstant(), json.readValue(rs.getString("plan"), Plan.class),
				rs.getObject("changed_by", Long.class) == null ? null
						: new CarePlan.Change(rs.getLong("changed_by"), rs.getString("reason"), rs.getTimestamp("changed_at").toInstant()),
				PlanProgress.State.valueOf(rs.getString("progress")));
	}
}
