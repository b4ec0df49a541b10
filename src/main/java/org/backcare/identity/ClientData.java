package org.backcare.identity;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backcare.platform.AuditLog;
import org.backcare.platform.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything BackCare holds about a client, gathered from every module's {@link PersonalData}: the client's own
 * copy (data portability), and erasure when they ask for it. The platform defines the contract and each module
 * answers for its own tables, so this class knows no other module. Both are audit-logged.
 */
@Service
class ClientData {

	private final List<PersonalData> modules;

	private final AccountPersonalData account;

	private final AuditLog audit;

	private final Clock clock;

	ClientData(List<PersonalData> all, AccountPersonalData account, AuditLog audit, Clock clock) {
		this.modules = all.stream()
			.filter(data -> data != account)
			.sorted(Comparator.comparing(PersonalData::section))
			.toList();
		this.account = account;
		this.audit = audit;
		this.clock = clock;
	}

	/** The account first, then each module's section by name. */
	@Transactional
	Map<String, Object> export(long actorId, AccountId client) {
		audit.record(actorId, "personal-data.exported", client.value(), "account:" + client.value());
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant().toString());
		export.put(account.section(), account.exportFor(client.value()));
		modules.forEach(module -> export.put(module.section(), module.exportFor(client.value())));
		return export;
	}

	/**
	 * One transaction: every module erases or anonymises its part, the account last (mail still to be sent is
	 * found by the client's address), or nothing changes at all.
	 */
	@Transactional
	void erase(long actorId, AccountId client) {
		modules.forEach(module -> module.erase(client.value()));
		account.erase(client.value());
		audit.record(actorId, "client.erased", client.value(), "account:" + client.value());
	}
}
