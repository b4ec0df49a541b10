package org.backcare.intake;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome instruments the practice can use: NPRS and PSFS built in, and the definitions it has loaded (format in
 * docs/instruments.md). A loaded code and version is never replaced; a new version is stored alongside, and
 * {@link #find(String)} answers the newest.
 */
@Service
public class Instruments {

	private static final List<Instrument> BUILT_IN = List.of(Nprs.INSTRUMENT, Psfs.INSTRUMENT);

	private final JdbcClient jdbc;

	Instruments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Checks and stores a definition.
	 *
	 * @param by who loads it, for the record
	 * @throws InstrumentRejected with every problem found, or when this code and version is already loaded
	 */
	@Transactional
	public Instrument load(String json, String by) {
		Instrument instrument = InstrumentFormat.read(json);
		if (find(instrument.code(), instrument.version()).isPresent()) {
			throw alreadyLoaded(instrument);
		}
		try {
			jdbc.sql("""
					insert into instruments (code, version, name, definition, loaded_by)
					values (:code, :version, :name, cast(:definition as jsonb), :by)
					""")
				.param("code", instrument.code())
				.param("version", instrument.version())
				.param("name", instrument.name())
				.param("definition", json)
				.param("by", by)
				.update();
		}
		catch (DuplicateKeyException raced) {
			throw alreadyLoaded(instrument);
		}
		return instrument;
	}

	/** Whether this code and version is built in or already loaded. */
	public boolean has(String code, int version) {
		return find(code, version).isPresent();
	}

	/** Built-in instruments first, then loaded ones by code, newest version first. */
	public List<InstrumentListing> all() {
		var all = new ArrayList<InstrumentListing>();
		BUILT_IN.forEach(instrument -> all.add(new InstrumentListing(instrument, null, null)));
		all.addAll(jdbc.sql("select definition::text, loaded_at, loaded_by from instruments order by code, version desc")
			.query((row, number) -> new InstrumentListing(InstrumentFormat.read(row.getString(1)),
					row.getObject(2, Timestamp.class).toInstant(), row.getString(3)))
			.list());
		return all;
	}

	/** The newest version of the instrument with this code. */
	public Optional<Instrument> find(String code) {
		return BUILT_IN.stream()
			.filter(instrument -> instrument.code().equals(code))
			.findFirst()
			.or(() -> jdbc.sql("select definition::text from instruments where code = :code order by version desc limit 1")
				.param("code", code)
				.query(String.class)
				.optional()
				.map(InstrumentFormat::read));
	}

	/** The given version of the instrument with this code, as scores recorded with it were made. */
	public Optional<Instrument> find(String code, int version) {
		return BUILT_IN.stream()
			.filter(instrument -> instrument.code().equals(code) && instrument.version() == version)
			.findFirst()
			.or(() -> jdbc.sql("select definition::text from instruments where code = :code and version = :version")
				.param("code", code)
				.param("version", version)
				.query(String.class)
				.optional()
				.map(InstrumentFormat::read));
	}

	private static InstrumentRejected alreadyLoaded(Instrument instrument) {
		return new InstrumentRejected(List.of(instrument.code() + " version " + instrument.version()
				+ " is already loaded. To change it, load it again with a higher version."));
	}
}
