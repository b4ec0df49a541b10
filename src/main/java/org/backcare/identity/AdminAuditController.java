package org.backcare.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.backcare.platform.AuditLog;
import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The admin's search of the audit log: who opened or changed which client's records, when and from where. */
@Controller
class AdminAuditController {

	static final int PAGE_SIZE = 50;

	/** One row as shown: the entry with the names and addresses of the people in it. */
	record Row(AuditLog.Logged entry, People.Person actor, People.Person client) {
	}

	private final AuditLog audit;

	private final Accounts accounts;

	private final People people;

	private final ZoneId zone;

	AdminAuditController(AuditLog audit, Accounts accounts, People people, PracticeSettings practice) {
		this.audit = audit;
		this.accounts = accounts;
		this.people = people;
		this.zone = practice.timeZone();
	}

	@GetMapping("/admin/audit")
	ModelAndView search(@RequestParam(required = false) String client, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page) {
		var form = new AuditSearchForm(client, actor, action, from, to);
		var errors = FormErrors.none();
		int number = Math.max(page, 0);
		List<AuditLog.Logged> found = form.search(accounts, zone, errors)
			.map(search -> audit.search(search, (long) number * PAGE_SIZE, PAGE_SIZE + 1))
			.orElse(List.of());
		List<AuditLog.Logged> shown = found.subList(0, Math.min(found.size(), PAGE_SIZE));
		Map<Long, People.Person> named = people.of(shown.stream()
			.flatMap(entry -> Stream.of(entry.actorId(), entry.clientId()))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return new ModelAndView("identity/admin-audit", errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.addObject("form", form)
			.addObject("errors", errors)
			.addObject("zone", zone)
			.addObject("rows", shown.stream()
				.map(entry -> new Row(entry, named.get(entry.actorId()), entry.clientId() == null ? null : named.get(entry.clientId())))
				.toList())
			.addObject("pageNumber", number + 1)
			.addObject("newer", number > 0 ? form.href(number - 1) : null)
			.addObject("older", found.size() > PAGE_SIZE ? form.href(number + 1) : null);
	}
}
