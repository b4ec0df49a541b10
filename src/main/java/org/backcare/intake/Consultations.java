package org.backcare.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The consultations table. One draft per client is a partial unique index, not a check here. */
@Repository
class Consultations {

	private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Consultations(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The client's draft, created when there is none (a concurrent second start finds the first one). */
	Consultation draftOf(long clientId) {
		jdbc.sql("insert into consultations (client_id) values (:client) on conflict (client_id) where status = 'DRAFT' do nothing")
			.param("client", clientId)
			.update();
		return find("where client_id = :client and status = 'DRAFT' for update", clientId).orElseThrow();
	}

	/** The client's most recent consultation, draft or submitted. */
	Optional<Consultation> latestOf(long clientId) {
		return find("where client_id = :client order by id desc limit 1", clientId);
	}

	Optional<Consultation> latestSubmittedOf(long clientId) {
		return find("where client_id = :client and status = 'SUBMITTED' order by id desc limit 1", clientId);
	}

	Optional<Consultation> withId(long id) {
		return select("where id = :id").param("id", id).query(this::consultation).optional();
	}

	/** Each client's latest submitted consultation whose screening blocks booking, newest first (cleared ones too). */
	List<Consultation> blocking() {
		return select("""
				where id in (select max(id) from consultations where status = 'SUBMITTED' group by client_id)
				  and screening_outcome not in ('PROCEED', 'PROCEED_WITH_CAUTION')
				order by submitted_at desc limit 200""").query(this::consultation).list();
	}

	/**
	 * A new draft that starts from the answers of the client's last submitted consultation (so a re-assessment asks
	 * only what changed); the consent is signed afresh only when its version changed.
	 */
	Consultation restart(long clientId) {
		jdbc.sql("""
				insert into consultations (client_id, answers)
				select :client, coalesce((select answers - 'typedName' from consultations
				                          where client_id = :client and status = 'SUBMITTED' order by id desc limit 1), '{}'::jsonb)
				on conflict (client_id) where status = 'DRAFT' do nothing""")
			.param("client", clientId)
			.update();
		return find("where client_id = :client and status = 'DRAFT' for update", clientId).orElseThrow();
	}

	void save(Consultation consultation) {
		jdbc.sql("""
				update consultations set answers = cast(:answers as jsonb), current_step = :step, screening_outcome = :outcome,
				       updated_at = now()
				where id = :id and status = 'DRAFT'""")
			.param("answers", json.writeValueAsString(consultation.answers().values()))
			.param("step", consultation.currentStep())
			.param("outcome", consultation.outcome() == null ? null : consultation.outcome().name())
			.param("id", consultation.id())
			.update();
	}

	void submit(long id, ScreeningOutcome outcome) {
		int updated = jdbc.sql("""
				update consultations set status = 'SUBMITTED', submitted_at = now(), updated_at = now(), screening_outcome = :outcome
				where id = :id and status = 'DRAFT'""")
			.param("outcome", outcome == null ? null : outcome.name())
			.param("id", id)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Consultation " + id + " is not a draft");
		}
	}

	private Optional<Consultation> find(String where, long clientId) {
		return select(where).param("client", clientId).query(this::consultation).optional();
	}

	private JdbcClient.StatementSpec select(String where) {
		return jdbc.sql("select id, client_id, status, answers::text as answers, current_step, screening_outcome, submitted_at from consultations "
				+ where);
	}

	private Consultation consultation(ResultSet rs, int row) throws SQLException {
		return new Consultation(rs.getLong("id"), rs.getLong("client_id"), "SUBMITTED".equals(rs.getString("status")),
				new ConsultationAnswers(json.readValue(rs.getString("answers"), ANSWERS)), rs.getInt("current_step"),
				rs.getString("screening_outcome") == null ? null : ScreeningOutcome.valueOf(rs.getString("screening_outcome")),
				rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant());
	}
}
