package org.backcare.newsletter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the admin's subscriber list shows: one status (or all), the words searched for, and the page.
 *
 * @param status null for every status
 * @param search part of an email address or first name; empty for everyone
 * @param page from 1
 */
record SubscriberFilter(SubscriberStatus status, String search, int page) {

	static final String PATH = "/admin/newsletter";

	static final int PAGE_SIZE = 50;

	static final int SEARCH_MAX = 100;

	SubscriberFilter {
		search = search == null ? "" : search.strip();
		search = search.length() > SEARCH_MAX ? search.substring(0, SEARCH_MAX) : search;
		page = Math.max(1, page);
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}

	/** The tab for another status, on its first page, keeping the search. */
	String url(SubscriberStatus tab) {
		return url(tab, 1);
	}

	/** This status's first page, without the search. */
	String urlWithoutSearch() {
		return new SubscriberFilter(status, "", 1).url(status);
	}

	String pageUrl(int number) {
		return url(status, number);
	}

	private String url(SubscriberStatus tab, int number) {
		List<String> query = new ArrayList<>();
		if (tab != null) {
			query.add("status=" + tab.name().toLowerCase());
		}
		if (!search.isEmpty()) {
			query.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
		}
		if (number > 1) {
			query.add("page=" + number);
		}
		return query.isEmpty() ? PATH : PATH + "?" + String.join("&", query);
	}
}
