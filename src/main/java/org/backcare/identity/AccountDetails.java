package org.backcare.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in by email and password. Accounts without a password yet (invited, not accepted) cannot sign in. */
@Service
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.withEmail(Emails.normalize(email))
			.filter(account -> account.passwordHash() != null)
			.map(Account::signedIn)
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password for this address"));
	}
}
