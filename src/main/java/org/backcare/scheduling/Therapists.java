package org.backcare.scheduling;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backcare.identity.People;
import org.backcare.therapies.Skill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The therapists and therapist_credentials tables; a whole list costs three statements, whatever its length. */
@Repository
class Therapists {

	private final JdbcClient jdbc;

	private final People people;

	Therapists(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** Everyone with a profile, active or not, by name. */
	List<Therapist> all() {
		return load("", null);
	}

	/** Those who can be booked at all (their credentials are checked per day). */
	List<Therapist> active() {
		return load("where t.active", null);
	}

	Optional<Therapist> find(long id) {
		return load("where t.account_id = :id", id).stream().findFirst();
	}

	private List<Therapist> load(String where, Long id) {
		record Row(long id, String bio, Set<Skill> skills, boolean active, boolean hasPhoto) {
		}
		var therapists = jdbc.sql("select t.account_id, t.bio, t.skills, t.active, t.photo is not null as has_photo from therapists t " + where);
		var credentialRows = jdbc.sql("select c.* from therapist_credentials c join therapists t on t.account_id = c.therapist_id " + where
				+ " order by c.expires_on desc, c.id");
		if (id != null) {
			therapists = therapists.param("id", id);
			credentialRows = credentialRows.param("id", id);
		}
		List<Row> rows = therapists.query((rs, n) -> new Row(rs.getLong("account_id"), rs.getString("bio"), skills(rs.getArray("skills")),
					rs.getBoolean("active"), rs.getBoolean("has_photo")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Credential>> credentials = new HashMap<>();
		credentialRows.query(Therapists::credential)
			.list()
			.forEach(credential -> credentials.computeIfAbsent(credential.therapistId(), key -> new ArrayList<>()).add(credential));
		Map<Long, String> names = people.namesOf(rows.stream().map(Row::id).toList());
		return rows.stream()
			.map(row -> new Therapist(row.id(), names.get(row.id()), row.bio(), row.skills(), row.active(), row.hasPhoto(),
					credentials.getOrDefault(row.id(), List.of())))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
	}

	static Credential credential(ResultSet rs, int row) throws SQLException {
		return new Credential(rs.getLong("id"), rs.getLong("therapist_id"),
				Credential.CredentialType.valueOf(rs.getString("credential_type")), rs.getString("title"),
				rs.getString("issuing_authority"), rs.getString("jurisdiction"), rs.getString("licence_number"),
				Credential.CredentialStatus.valueOf(rs.getString("status")), rs.getBoolean("authorised_to_practise"),
				date(rs, "issued_on"), date(rs, "expires_on"), date(rs, "last_verified_on"), date(rs, "insurance_expires_on"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Set<Skill> skills(Array array) throws SQLException {
		Set<Skill> skills = EnumSet.noneOf(Skill.class);
		Arrays.stream((String[]) array.getArray()).map(Skill::valueOf).forEach(skills::add);
		return skills;
	}

	/** A therapist's photo as stored: JPEG or PNG, checked by its first bytes when it was uploaded. */
	record Photo(String type, byte[] content) {
	}

	/**
	 * Creates or changes a profile in one statement.
	 *
	 * @param photo the new photo, or null to keep the one there is; see {@code removePhoto}
	 * @param removePhoto when there is no new photo: take the old one away
	 */
	void saveProfile(long id, String bio, Set<Skill> skills, boolean active, Photo photo, boolean removePhoto) {
		boolean keep = photo == null && !removePhoto;
		jdbc.sql("""
				insert into therapists (account_id, bio, skills, active, photo, photo_type)
				values (:id, :bio, :skills::text[], :active, :photo, :type)
				on conflict (account_id) do update set bio = excluded.bio, skills = excluded.skills, active = excluded.active,
				    photo = case when :keep then therapists.photo else excluded.photo end,
				    photo_type = case when :keep then therapists.photo_type else excluded.photo_type end,
				    updated_at = now()""")
			.param("id", id)
			.param("bio", bio)
			.param("skills", skills.stream().map(Skill::name).sorted().toArray(String[]::new))
			.param("active", active)
			.param("photo", photo == null ? null : photo.content())
			.param("type", photo == null ? null : photo.type())
			.param("keep", keep)
			.update();
	}

	Optional<Photo> photoOf(long id) {
		return jdbc.sql("select photo_type, photo from therapists where account_id = :id and photo is not null")
			.param("id", id)
			.query((rs, row) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
			.optional();
	}

	/**
	 * @return the new credential's id
	 * @throws org.springframework.dao.DuplicateKeyException when the authority has issued that number already
	 */
	long addCredential(Credential credential) {
		return credentialStatement("""
				insert into therapist_credentials (therapist_id, credential_type, title, issuing_authority, jurisdiction, licence_number,
				    status, authorised_to_practise, issued_on, expires_on, last_verified_on, insurance_expires_on)
				values (:therapist, :type, :title, :authority, :jurisdiction, :number, :status, :authorised, :issued, :expires,
				    :verified, :insurance)
				returning id""", credential).query(Long.class).single();
	}

	/**
	 * @return false when the therapist has no credential with that id
	 * @throws org.springframework.dao.DuplicateKeyException when the authority has issued that number already
	 */
	boolean changeCredential(Credential credential) {
		return credentialStatement("""
				update therapist_credentials set credential_type = :type, title = :title, issuing_authority = :authority,
				    jurisdiction = :jurisdiction, licence_number = :number, status = :status, authorised_to_practise = :authorised,
				    issued_on = :issued, expires_on = :expires, last_verified_on = :verified, insurance_expires_on = :insurance,
				    updated_at = now()
				where id = :id and therapist_id = :therapist""", credential).update() == 1;
	}

	private JdbcClient.StatementSpec credentialStatement(String sql, Credential credential) {
		return jdbc.sql(sql)
			.param("id", credential.id())
			.param("therapist", credential.therapistId())
			.param("type", credential.type().name())
			.param("title", credential.title())
			.param("authority", credential.issuingAuthority())
			.param("jurisdiction", credential.jurisdiction())
			.param("number", credential.number())
			.param("status", credential.status().name())
			.param("authorised", credential.authorisedToPractise())
			.param("issued", sqlDate(credential.issuedOn()))
			.param("expires", sqlDate(credential.expiresOn()))
			.param("verified", sqlDate(credential.lastVerifiedOn()))
			.param("insurance", sqlDate(credential.insuranceExpiresOn()));
	}

	private static Date sqlDate(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
