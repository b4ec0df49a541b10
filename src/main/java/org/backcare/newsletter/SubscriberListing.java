package org.backcare.newsletter;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin's subscriber list: counts per status and one page of rows, newest first, for a search. */
@Repository
class SubscriberListing {

	private final JdbcClient jdbc;

	SubscriberListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many subscribers with each status match the search; every status is there, zero or not. */
	Map<SubscriberStatus, Integer> counts(String search) {
		Map<SubscriberStatus, Integer> counts = new EnumMap<>(SubscriberStatus.class);
		for (SubscriberStatus status : SubscriberStatus.values()) {
			counts.put(status, 0);
		}
		jdbc.sql("select s.status, count(*) as n from newsletter_subscribers s where " + matching(search)
				+ " group by s.status")
			.params(parameters(search))
			.query((RowCallbackHandler) row -> counts.put(SubscriberStatus.valueOf(row.getString("status")), row.getInt("n")));
		return counts;
	}

	List<Subscriber> page(SubscriberFilter filter) {
		Map<String, Object> parameters = parameters(filter.search());
		parameters.put("offset", filter.offset());
		parameters.put("limit", SubscriberFilter.PAGE_SIZE);
		String status = "";
		if (filter.status() != null) {
			status = " and s.status = :status";
			parameters.put("status", filter.status().name());
		}
		return jdbc.sql("select " + Subscribers.COLUMNS + " from newsletter_subscribers s where " + matching(filter.search())
				+ status + " order by s.created_at desc, s.id desc offset :offset limit :limit")
			.params(parameters)
			.query((row, n) -> Subscribers.subscriber(row))
			.list();
	}

	private static String matching(String search) {
		return search.isEmpty() ? "true"
				: "(lower(s.email) like lower(:search) escape '\\' or lower(s.first_name) like lower(:search) escape '\\')";
	}

	private static Map<String, Object> parameters(String search) {
		Map<String, Object> parameters = new HashMap<>();
		if (!search.isEmpty()) {
			// the admin's words are matched literally: % and _ are not wildcards here
			parameters.put("search", "%" + search.replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		return parameters;
	}
}
