package org.backcare.newsletter;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A subscriber's copy of what the newsletter holds about them: the address and choices, every consent with the
 * words they agreed to, and how many digests they were sent. No token hashes.
 */
@Component
class SubscriberExport {

	private final JdbcClient jdbc;

	SubscriberExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> of(Subscriber subscriber) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscriber", jdbc.sql("""
				select email, first_name, status, interests, every_days, created_at, confirmed_at, unsubscribed_at,
				       bounced_at, last_digest_at
				from newsletter_subscribers where id = :id""")
			.param("id", subscriber.id())
			.query((row, n) -> {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("email", row.getString("email"));
				fields.put("firstName", row.getString("first_name"));
				fields.put("status", row.getString("status"));
				fields.put("interests", Arrays.asList((String[]) row.getArray("interests").getArray()));
				fields.put("everyDays", row.getObject("every_days"));
				fields.put("subscribedAt", instant(row.getTimestamp("created_at")));
				fields.put("confirmedAt", instant(row.getTimestamp("confirmed_at")));
				fields.put("unsubscribedAt", instant(row.getTimestamp("unsubscribed_at")));
				fields.put("bouncedAt", instant(row.getTimestamp("bounced_at")));
				fields.put("lastDigestAt", instant(row.getTimestamp("last_digest_at")));
				return fields;
			})
			.single());
		data.put("consents", consents(subscriber.id()));
		data.put("digestsReceived", jdbc.sql("""
				select count(*) from newsletter_run_recipients where subscriber_id = :id and status = 'SENT'""")
			.param("id", subscriber.id())
			.query(Long.class)
			.single());
		return data;
	}

	private List<Map<String, Object>> consents(long subscriberId) {
		return jdbc.sql("""
				select given_at, form, wording_version, ip, interests, confirmed_at, withdrawn_at
				from newsletter_consents where subscriber_id = :id order by id""")
			.param("id", subscriberId)
			.query((row, n) -> {
				Map<String, Object> consent = new LinkedHashMap<>();
				consent.put("givenAt", instant(row.getTimestamp("given_at")));
				consent.put("form", row.getString("form"));
				consent.put("wordingVersion", row.getString("wording_version"));
				consent.put("wording", ConsentWording.of(row.getString("wording_version")));
				consent.put("ip", row.getString("ip"));
				consent.put("interests", Arrays.asList((String[]) row.getArray("interests").getArray()));
				consent.put("confirmedAt", instant(row.getTimestamp("confirmed_at")));
				consent.put("withdrawnAt", instant(row.getTimestamp("withdrawn_at")));
				return consent;
			})
			.list();
	}

	private static String instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().toString();
	}
}
