package org.backcare.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every email BackCare writes, kept in the database. A message is added in the transaction of the action that
 * caused it, so it exists exactly when the action happened; {@link MailDelivery} sends it when it is due.
 */
@Repository
class Outbox {

	enum Lane {
		TRANSACTIONAL, BULK
	}

	enum Status {
		PENDING("Pending"), SENT("Sent"), FAILED("Failed"), CANCELLED("Cancelled");

		final String label;

		Status(String label) {
			this.label = label;
		}
	}

	/**
	 * A stored message and where its delivery stands; headers sorted by name.
	 *
	 * @param scheduled written to be sent later (a reminder) and not yet due
	 */
	record Entry(long id, String to, String subject, Map<String, String> headers, String text, String html,
			List<Attachment> attachments, Status status, boolean scheduled, int attempts, String lastError,
			Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant cancelledAt, String reference) {
	}

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select *, status = 'PENDING' and attempts = 0 and next_attempt_at > now() as scheduled
			from outbox_messages
			""";

	private static final int ERROR_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long add(Message message) {
		return jdbc.sql("""
				insert into outbox_messages (to_address, subject, text_body, html_body, headers, attachments,
				                             next_attempt_at, cancel_key, lane, reference)
				values (:to, :subject, :text, :html, cast(:headers as jsonb), cast(:attachments as jsonb),
				        coalesce(:sendAt, now()), :cancelKey, :lane, :reference)
				returning id""")
			.param("to", message.to())
			.param("subject", message.subject())
			.param("text", message.text())
			.param("html", message.html())
			.param("headers", json.writeValueAsString(message.headers()))
			.param("attachments", json.writeValueAsString(message.attachments()))
			.param("sendAt", message.sendAt() == null ? null : Timestamp.from(message.sendAt()), Types.TIMESTAMP)
			.param("cancelKey", message.cancelKey())
			.param("lane", message.lane().name())
			.param("reference", message.reference())
			.query(Long.class)
			.single();
	}

	Optional<Entry> withId(long id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(this::entry).optional();
	}

	/** Newest first; {@code to} is any part of the address, in any case, or blank for every message. */
	List<Entry> latest(String to, long offset, int limit) {
		return jdbc.sql(SELECT + "where strpos(lower(to_address), lower(:to)) > 0 order by id desc offset :offset limit :limit")
			.param("to", to)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	/** Newest first, the whole address in any case. */
	List<Entry> addressedTo(String address, int limit) {
		return jdbc.sql(SELECT + "where lower(to_address) = lower(:to) order by id desc limit :limit")
			.param("to", address)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	/**
	 * Locks the oldest transactional messages that are due; other app nodes skip them until this transaction
	 * ends. Bulk mail has its own sender ({@link BulkDelivery}), so a password reset never waits behind digests.
	 */
	List<Entry> claimDue(int batchSize) {
		return jdbc.sql(SELECT + """
				where status = 'PENDING' and lane = 'TRANSACTIONAL' and next_attempt_at <= now()
				order by id limit :batch for update skip locked""")
			.param("batch", batchSize)
			.query(this::entry)
			.list();
	}

	/**
	 * Withdraws the messages with this key that are not sent yet, in the caller's transaction, so a cancelled
	 * booking and its withdrawn reminder commit together. A message the delivery job holds at that moment is
	 * already on its way: the update waits for the job's row lock and then finds it sent.
	 *
	 * @return how many were withdrawn
	 */
	int cancel(String key) {
		return jdbc.sql("""
				update outbox_messages set status = 'CANCELLED', cancelled_at = now()
				where cancel_key = :key and status = 'PENDING'""")
			.param("key", key)
			.update();
	}

	/**
	 * Deletes the newsletter's mail to this address (digests and sign-up mail, sent or not), for a subscriber's
	 * erasure; other mail to the same person stays with the records it belongs to.
	 */
	void eraseNewsletterMail(String address) {
		jdbc.sql("""
				delete from outbox_messages where lower(to_address) = lower(:to)
				and (lane = 'BULK' or headers ->> 'X-BackCare-Mail' like 'newsletter-%')""")
			.param("to", address)
			.update();
	}

	void sent(long id) {
		jdbc.sql("update outbox_messages set status = 'SENT', attempts = attempts + 1, sent_at = now() where id = :id")
			.param("id", id)
			.update();
	}

	void retryIn(long id, Duration delay, String error) {
		jdbc.sql("""
				update outbox_messages set attempts = attempts + 1, last_error = :error,
				next_attempt_at = now() + :seconds * interval '1 second' where id = :id""")
			.param("error", truncated(error))
			.param("seconds", delay.toSeconds())
			.param("id", id)
			.update();
	}

	void failed(long id, String error) {
		jdbc.sql("update outbox_messages set status = 'FAILED', attempts = attempts + 1, last_error = :error where id = :id")
			.param("error", truncated(error))
			.param("id", id)
			.update();
	}

	static String truncated(String error) {
		return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
	}

	Entry entry(ResultSet row, int number) throws SQLException {
		return new Entry(row.getLong("id"), row.getString("to_address"), row.getString("subject"),
				new TreeMap<>(json.readValue(row.getString("headers"), HEADERS)), row.getString("text_body"),
				row.getString("html_body"), json.readValue(row.getString("attachments"), ATTACHMENTS),
				Status.valueOf(row.getString("status")), row.getBoolean("scheduled"), row.getInt("attempts"),
				row.getString("last_error"), instant(row, "created_at"), instant(row, "next_attempt_at"),
				instant(row, "sent_at"), instant(row, "cancelled_at"), row.getString("reference"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
