package org.backcare.therapies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The technique catalogue: product content that ships with the migrations. */
@Repository
class Techniques {

	private final JdbcClient jdbc;

	Techniques(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TechniqueProfile> all() {
		return query("true", Map.of());
	}

	Optional<TechniqueProfile> withCode(Technique technique) {
		return query("t.code = :code", Map.of("code", technique.name())).stream().findFirst();
	}

	Optional<TechniqueProfile> withSlug(String slug) {
		return query("t.slug = :slug", Map.of("slug", slug)).stream().findFirst();
	}

	private List<TechniqueProfile> query(String condition, Map<String, Object> parameters) {
		Map<Technique, List<TechniqueProfile.Caution>> cautions = new EnumMap<>(Technique.class);
		jdbc.sql("select c.* from technique_cautions c join techniques t on t.code = c.technique where " + condition
				+ " order by c.technique, c.sort_order")
			.params(parameters)
			.query(row -> {
				cautions.computeIfAbsent(Technique.valueOf(row.getString("technique")), key -> new ArrayList<>())
					.add(new TechniqueProfile.Caution(row.getString("advice"), strings(row.getArray("rules"))));
			});
		return jdbc.sql("select t.* from techniques t where " + condition + " order by t.sort_order")
			.params(parameters)
			.query((row, number) -> profile(row, cautions))
			.list();
	}

	private static TechniqueProfile profile(ResultSet row, Map<Technique, List<TechniqueProfile.Caution>> cautions)
			throws SQLException {
		Technique technique = Technique.valueOf(row.getString("code"));
		return new TechniqueProfile(technique, row.getString("slug"), row.getString("name"), row.getString("summary"),
				row.getString("what_it_is"), row.getString("who_it_suits"),
				new Pressure(row.getInt("pressure_min"), row.getInt("pressure_max")),
				strings(row.getArray("positions")).stream().map(Position::valueOf).toList(),
				row.getString("positions_note"), row.getString("evidence"), cautions.getOrDefault(technique, List.of()));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
