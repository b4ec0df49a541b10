package org.backcare.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The trail of clinical record access: every time someone opens or changes a client's consultation, plan,
 * clearance or home programme, one row. Written in the caller's transaction, so a change and its entry land together.
 * Each row keeps the requester's IP address when there is a request (Tomcat has already taken it from
 * X-Forwarded-For when a trusted proxy sent it); a job's rows have none.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param action what happened, e.g. {@code care-plan.viewed}
	 * @param clientId whose record it is
	 * @param subject which record, e.g. {@code care-plan:12}
	 */
	public void record(long actorId, String action, long clientId, String subject) {
		jdbc.sql("""
				insert into audit_log (actor_id, action, client_id, subject, ip)
				values (:actor, :action, :client, :subject, cast(:ip as inet))""")
			.param("actor", actorId)
			.param("action", action)
			.param("client", clientId)
			.param("subject", subject)
			.param("ip", requesterIp())
			.update();
	}

	/**
	 * A look at many clients' records at once, as counts (the practice outcome report): one row, with no client.
	 *
	 * @param subject what was read, e.g. {@code outcomes:2026-01-01..2026-12-31}
	 */
	public void record(long actorId, String action, String subject) {
		jdbc.sql("insert into audit_log (actor_id, action, subject) values (:actor, :action, :subject)")
			.param("actor", actorId)
			.param("action", action)
			.param("subject", subject)
			.update();
	}

	/** Whose record, and which: one row of a read of many records at once. */
	public record Entry(long clientId, String subject) {
	}

	/** One row per entry, all in one statement (a calendar page shows the plan notes of many clients). */
	public void record(long actorId, String action, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into audit_log (actor_id, action, client_id, subject, ip)
				select :actor, :action, client, subject, cast(:ip as inet)
				from unnest(cast(:clients as bigint[]), cast(:subjects as text[])) as e (client, subject)""")
			.param("actor", actorId)
			.param("action", action)
			.param("ip", requesterIp())
			.param("clients", entries.stream().map(Entry::clientId).toArray(Long[]::new))
			.param("subjects", entries.stream().map(Entry::subject).toArray(String[]::new))
			.update();
	}

	/** One row as the admin's search shows it; {@code ip} is null for what a job did. */
	public record Logged(long id, Instant at, long actorId, String action, Long clientId, String subject, String ip) {
	}

	/**
	 * What the admin searches by; any part may be null.
	 *
	 * @param actionPrefix the start of the action, e.g. {@code care-plan.} for everything done to plans
	 * @param until exclusive
	 */
	public record Search(Long clientId, Long actorId, String actionPrefix, Instant from, Instant until) {
	}

	/** Newest first; ask for one more row than shown to know whether there is a next page. */
	public List<Logged> search(Search search, long offset, int limit) {
		List<String> where = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>(Map.of("offset", offset, "limit", limit));
		if (search.clientId() != null) {
			where.add("client_id = :client");
			params.put("client", search.clientId());
		}
		if (search.actorId() != null) {
			where.add("actor_id = :actor");
			params.put("actor", search.actorId());
		}
		if (search.actionPrefix() != null && !search.actionPrefix().isBlank()) {
			where.add("action like :action escape '\\'");
			params.put("action", search.actionPrefix().strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (search.from() != null) {
			where.add("at >= :from");
			params.put("from", Timestamp.from(search.from()));
		}
		if (search.until() != null) {
			where.add("at < :until");
			params.put("until", Timestamp.from(search.until()));
		}
		return jdbc.sql("select id, at, actor_id, action, client_id, subject, host(ip) as ip from audit_log where "
				+ String.join(" and ", where) + " order by at desc, id desc offset :offset limit :limit")
			.params(params)
			.query((row, n) -> new Logged(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getLong("actor_id"),
					row.getString("action"), row.getObject("client_id", Long.class), row.getString("subject"),
					row.getString("ip")))
			.list();
	}

	private static String requesterIp() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}
}
