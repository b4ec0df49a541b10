package org.backcare.therapies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Services {

	private static final String ORDER = " order by s.consultation desc, t.sort_order, s.minutes, s.active desc, s.id";

	private final JdbcClient jdbc;

	Services(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when an active service has this technique and length */
	ServiceId add(ServiceDetails details) {
		return new ServiceId(bind(jdbc.sql("""
				insert into services (technique, minutes, price_minor, currency, required_skill, active, name, description, consultation)
				values (:technique, :minutes, :price, :currency, :skill, :active, :name, :description, :consultation)
				returning id"""), details).query(Long.class).single());
	}

	/**
	 * @return whether there was such a service
	 * @throws org.springframework.dao.DuplicateKeyException when another active service has this technique and length
	 */
	boolean change(ServiceId id, ServiceDetails details) {
		return bind(jdbc.sql("""
				update services set technique = :technique, minutes = :minutes, price_minor = :price,
				    currency = :currency, required_skill = :skill, active = :active, name = :name,
				    description = :description, consultation = :consultation, updated_at = now()
				where id = :id"""), details).param("id", id.value()).update() == 1;
	}

	Optional<Service> withId(ServiceId id) {
		return jdbc.sql("select s.* from services s where s.id = :id")
			.param("id", id.value())
			.query(Services::service)
			.optional();
	}

	List<Service> all() {
		return jdbc.sql("select s.* from services s join techniques t on t.code = s.technique" + ORDER)
			.query(Services::service)
			.list();
	}

	List<Service> active() {
		return jdbc.sql("select s.* from services s join techniques t on t.code = s.technique where s.active" + ORDER)
			.query(Services::service)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ServiceDetails details) {
		return statement.param("technique", details.technique().name())
			.param("minutes", details.minutes())
			.param("price", details.price().minorUnits())
			.param("currency", details.price().currency().getCurrencyCode())
			.param("skill", details.requiredSkill() == null ? null : details.requiredSkill().name())
			.param("active", details.active())
			.param("name", details.name())
			.param("description", details.description())
			.param("consultation", details.consultation());
	}

	private static Service service(ResultSet row, int number) throws SQLException {
		String skill = row.getString("required_skill");
		return new Service(new ServiceId(row.getLong("id")), Technique.valueOf(row.getString("technique")),
				row.getInt("minutes"), new Price(row.getLong("price_minor"), Currency.getInstance(row.getString("currency"))),
				skill == null ? null : Skill.valueOf(skill), row.getBoolean("active"), row.getString("name"),
				row.getString("description"), row.getBoolean("consultation"));
	}
}
