package org.backcare.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;

/**
 * The admin's audit log filters as typed: a person by email address or account id, the start of an action, and
 * days (in the practice's time zone, the last one included). Blank fields filter nothing.
 */
record AuditSearchForm(String client, String actor, String action, String from, String to) {

	AuditSearchForm {
		client = client == null ? "" : client.strip();
		actor = actor == null ? "" : actor.strip();
		action = action == null ? "" : action.strip();
		from = from == null ? "" : from.strip();
		to = to == null ? "" : to.strip();
	}

	/** The search, or the field messages when a person or a day cannot be read. */
	Optional<AuditLog.Search> search(Accounts accounts, ZoneId zone, FormErrors errors) {
		Long clientId = person(client, "client", accounts, errors);
		Long actorId = person(actor, "actor", accounts, errors);
		LocalDate first = day(from, "from", errors);
		LocalDate last = day(to, "to", errors);
		if (first != null && last != null && last.isBefore(first)) {
			errors.field("to", "The last day must not be before the first day.");
		}
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AuditLog.Search(clientId, actorId, action,
				first == null ? null : first.atStartOfDay(zone).toInstant(),
				last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/** This search's address on another page of results. */
	String href(int page) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("client", client);
		fields.put("actor", actor);
		fields.put("action", action);
		fields.put("from", from);
		fields.put("to", to);
		String query = fields.entrySet()
			.stream()
			.filter(field -> !field.getValue().isEmpty())
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return "/admin/audit?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
	}

	private static Long person(String typed, String field, Accounts accounts, FormErrors errors) {
		if (typed.isEmpty()) {
			return null;
		}
		if (typed.matches("\\d{1,18}")) {
			return Long.valueOf(typed);
		}
		var account = accounts.withEmail(Emails.normalize(typed));
		if (account.isEmpty()) {
			errors.field(field, "No account has this email address. Type a whole address, or an account number.");
			return null;
		}
		return account.get().id().value();
	}

	private static LocalDate day(String typed, String field, FormErrors errors) {
		if (typed.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException e) {
			errors.field(field, "Enter a date like 2026-11-25.");
			return null;
		}
	}
}
