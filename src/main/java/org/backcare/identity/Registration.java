package org.backcare.identity;

import java.time.Clock;
import java.util.Set;

import org.backcare.platform.PublicLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A visitor becomes a client: register, then confirm the address through the emailed link. */
@Service
class Registration {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PublicLinks publicLinks;

	private final IdentitySettings settings;

	private final Clock clock;

	Registration(Accounts accounts, AccountLinks links, PasswordEncoder passwords, ApplicationEventPublisher events,
			PublicLinks publicLinks, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.events = events;
		this.publicLinks = publicLinks;
		this.settings = settings;
		this.clock = clock;
	}

	/** @throws EmailAlreadyRegistered when the address has an account already */
	@Transactional
	AccountId register(String displayName, String email, String password) {
		String address = Emails.normalize(email);
		if (accounts.withEmail(address).isPresent()) {
			throw new EmailAlreadyRegistered(address);
		}
		try {
			AccountId id = accounts.add(address, displayName.strip(), passwords.encode(password), Set.of(Role.CLIENT),
					null, false);
			sendConfirmation(id, address, displayName.strip());
			return id;
		}
		catch (DuplicateKeyException raced) {
			throw new EmailAlreadyRegistered(address);
		}
	}

	@Transactional
	AccountLinks.Check confirm(String token) {
		var check = links.use(AccountLinks.Purpose.CONFIRM_EMAIL, token);
		if (check instanceof AccountLinks.Valid valid) {
			accounts.confirmEmail(valid.account(), clock.instant());
		}
		return check;
	}

	/** Sends a fresh link to an unconfirmed account; says nothing about addresses that have none. */
	@Transactional
	void resendConfirmation(String email) {
		accounts.withEmail(Emails.normalize(email))
			.filter(account -> !account.confirmed() && account.passwordHash() != null)
			.ifPresent(account -> {
				links.retire(AccountLinks.Purpose.CONFIRM_EMAIL, account.id());
				sendConfirmation(account.id(), account.email(), account.displayName());
			});
	}

	private void sendConfirmation(AccountId id, String email, String displayName) {
		String token = links.issue(AccountLinks.Purpose.CONFIRM_EMAIL, id, settings.confirmationValidFor());
		events.publishEvent(new EmailConfirmationRequested(email, displayName,
				publicLinks.to("/confirm-email/" + token), settings.confirmationValidFor()));
	}
}
