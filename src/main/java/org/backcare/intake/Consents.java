package org.backcare.intake;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consent versions and the consents clients signed. A signed consent is never changed (a trigger refuses UPDATE and
 * DELETE); a new version is signed as a new row.
 */
@Repository
class Consents {

	record Version(int number, String text) {
	}

	record Signed(int version, String typedName, Instant signedAt) {
	}

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Version current() {
		return jdbc.sql("select version, text from consent_versions order by version desc limit 1")
			.query((rs, row) -> new Version(rs.getInt("version"), rs.getString("text")))
			.single();
	}

	Optional<Signed> signedBy(long clientId, int version) {
		return jdbc.sql("select version, typed_name, signed_at from consents where client_id = :client and version = :version")
			.param("client", clientId)
			.param("version", version)
			.query((rs, row) -> new Signed(rs.getInt("version"), rs.getString("typed_name"),
					rs.getTimestamp("signed_at").toInstant()))
			.optional();
	}

	/** Signs the version unless this client signed it already (the first signature stands). */
	void sign(long clientId, int version, String typedName) {
		jdbc.sql("insert into consents (client_id, version, typed_name) values (:client, :version, :name) on conflict do nothing")
			.param("client", clientId)
			.param("version", version)
			.param("name", typedName)
			.update();
	}
}
