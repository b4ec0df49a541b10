package org.backcare.identity;

import java.time.Clock;

import org.backcare.platform.PublicLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PasswordResets {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PublicLinks publicLinks;

	private final IdentitySettings settings;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final PersonalAccessTokens tokens;

	PasswordResets(Accounts accounts, AccountLinks links, PasswordEncoder passwords, ApplicationEventPublisher events,
			PublicLinks publicLinks, IdentitySettings settings, Clock clock,
			FindByIndexNameSessionRepository<?> sessions, PersonalAccessTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.events = events;
		this.publicLinks = publicLinks;
		this.settings = settings;
		this.clock = clock;
	}

	/** Emails a reset link if the address has an account; the caller answers the same either way. */
	@Transactional
	void request(String email) {
		accounts.withEmail(Emails.normalize(email)).ifPresent(account -> {
			String token = links.issue(AccountLinks.Purpose.RESET_PASSWORD, account.id(),
					settings.passwordResetValidFor());
			events.publishEvent(new PasswordResetRequested(account.email(), account.displayName(),
					publicLinks.to("/password-reset/" + token), settings.passwordResetValidFor()));
		});
	}

	AccountLinks.Check check(String token) {
		return links.check(AccountLinks.Purpose.RESET_PASSWORD, token);
	}

	/**
	 * Sets the new password and signs the account out everywhere, sessions and API tokens alike: a reset often
	 * means someone else knew the old one. Following the emailed link also proves the address, so it counts as confirmed.
	 */
	@Transactional
	AccountLinks.Check reset(String token, String newPassword) {
		var check = links.use(AccountLinks.Purpose.RESET_PASSWORD, token);
		if (check instanceof AccountLinks.Valid valid) {
			accounts.changePassword(valid.account(), passwords.encode(newPassword));
			accounts.confirmEmail(valid.account(), clock.instant());
			links.retire(AccountLinks.Purpose.RESET_PASSWORD, valid.account());
			tokens.revokeAll(valid.account());
			accounts.withId(valid.account())
				.ifPresent(account -> sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById));
		}
		return check;
	}
}
