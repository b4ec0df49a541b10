package org.backcare.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which tips each subscriber has had. A digest batch reads its subscribers' rows in one statement and writes the
 * new ones in one more, so composing never costs a query per subscriber.
 */
@Repository
class TipsSent {

	/** A tip recorded as sent to a subscriber. */
	record Sent(long subscriberId, long tipId) {
	}

	private final JdbcClient jdbc;

	TipsSent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tip ids each of these subscribers has had; a subscriber who has had none is missing from the map. */
	Map<Long, Set<Long>> of(Collection<Long> subscriberIds) {
		Map<Long, Set<Long>> had = new HashMap<>();
		if (subscriberIds.isEmpty()) {
			return had;
		}
		jdbc.sql("select subscriber_id, tip_id from newsletter_tips_sent where subscriber_id = any (:ids)")
			.param("ids", subscriberIds.toArray(Long[]::new))
			.query(row -> {
				had.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
			});
		return had;
	}

	/** Starts these subscribers' cycles again: forgets which of these tips they had. */
	void forget(Collection<Long> subscriberIds, Collection<Long> tipIds) {
		if (subscriberIds.isEmpty() || tipIds.isEmpty()) {
			return;
		}
		jdbc.sql("delete from newsletter_tips_sent where subscriber_id = any (:subscribers) and tip_id = any (:tips)")
			.param("subscribers", subscriberIds.toArray(Long[]::new))
			.param("tips", tipIds.toArray(Long[]::new))
			.update();
	}

	void record(List<Sent> sent, Instant at) {
		if (sent.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into newsletter_tips_sent (subscriber_id, tip_id, sent_at)
				select s, t, :at from unnest(:subscribers, :tips) as x (s, t)
				on conflict (subscriber_id, tip_id) do update set sent_at = excluded.sent_at""")
			.param("subscribers", sent.stream().map(Sent::subscriberId).toArray(Long[]::new))
			.param("tips", sent.stream().map(Sent::tipId).toArray(Long[]::new))
			.param("at", Timestamp.from(at))
			.update();
	}
}
