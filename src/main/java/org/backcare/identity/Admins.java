package org.backcare.identity;

import java.util.List;

import org.springframework.stereotype.Component;

/** Who runs the practice: the addresses that practice alerts go to. */
@Component
public class Admins {

	private final Accounts accounts;

	Admins(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Confirmed admins' email addresses. */
	public List<String> addresses() {
		return accounts.confirmedAddressesWithRole(Role.ADMIN);
	}
}
