package org.backcare.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed subscribers as CSV, with the consent each confirmed: read through a database cursor and written row
 * by row, so 100,000 subscribers cost the memory of one fetch, not of the list.
 */
@Component
class ConfirmedSubscribersCsv {

	static final List<String> HEADER = List.of("email", "first_name", "interests", "confirmed_at", "consent_form",
			"wording_version");

	private static final int FETCH = 500;

	private final JdbcClient jdbc;

	ConfirmedSubscribersCsv(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The read-only transaction is what lets PostgreSQL's driver fetch through a cursor instead of all at once. */
	@Transactional(readOnly = true)
	void writeTo(Writer out) {
		write(out, CsvRow.of(HEADER));
		jdbc.sql("""
				select s.email, s.first_name, s.interests, s.confirmed_at, c.form, c.wording_version
				from newsletter_subscribers s
				left join lateral (
				    select form, wording_version from newsletter_consents c where c.subscriber_id = s.id
				    order by c.confirmed_at desc nulls last, c.id desc limit 1) c on true
				where s.status = 'CONFIRMED' order by s.id""")
			.withFetchSize(FETCH)
			.query((RowCallbackHandler) row -> write(out, CsvRow.of(Arrays.asList(row.getString("email"), row.getString("first_name"),
					interests(row.getArray("interests")),
					row.getTimestamp("confirmed_at") == null ? null
							: row.getTimestamp("confirmed_at").toInstant().truncatedTo(ChronoUnit.SECONDS).toString(),
					row.getString("form"), row.getString("wording_version")))));
	}

	private static String interests(Array codes) throws SQLException {
		return InterestWords.of(Arrays.stream((String[]) codes.getArray())
			.map(Interest::fromCode)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet()));
	}

	private static void write(Writer out, String line) {
		try {
			out.write(line);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
