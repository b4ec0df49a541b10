package org.backcare.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.backcare.platform.PublicLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin invites a therapist by email; the therapist chooses a password from the link. */
@Service
class TherapistInvitations {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PublicLinks publicLinks;

	private final IdentitySettings settings;

	private final Clock clock;

	TherapistInvitations(Accounts accounts, AccountLinks links, PasswordEncoder passwords,
			ApplicationEventPublisher events, PublicLinks publicLinks, IdentitySettings settings, Clock clock) {
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
	AccountId invite(String displayName, String email, String invitedBy) {
		String address = Emails.normalize(email);
		if (accounts.withEmail(address).isPresent()) {
			throw new EmailAlreadyRegistered(address);
		}
		try {
			AccountId id = accounts.add(address, displayName.strip(), null, Set.of(Role.THERAPIST), null, false);
			send(id, address, displayName.strip(), invitedBy);
			return id;
		}
		catch (DuplicateKeyException raced) {
			throw new EmailAlreadyRegistered(address);
		}
	}

	/**
	 * A fresh invitation for a therapist who has not accepted yet (the last one expired or got lost); the
	 * earlier links stop working.
	 * @return whether the account was still waiting for its invitation to be accepted
	 */
	@Transactional
	boolean resend(AccountId id, String invitedBy) {
		return accounts.withId(id).filter(account -> account.has(Role.THERAPIST) && account.passwordHash() == null)
			.map(account -> {
				links.retire(AccountLinks.Purpose.THERAPIST_INVITATION, id);
				send(id, account.email(), account.displayName(), invitedBy);
				return true;
			})
			.orElse(false);
	}

	private void send(AccountId id, String email, String displayName, String invitedBy) {
		String token = links.issue(AccountLinks.Purpose.THERAPIST_INVITATION, id, settings.invitationValidFor());
		events.publishEvent(new TherapistInvited(email, displayName, publicLinks.to("/invitations/" + token),
				settings.invitationValidFor(), invitedBy));
	}

	Optional<Account> invitee(String token) {
		return links.check(AccountLinks.Purpose.THERAPIST_INVITATION, token) instanceof AccountLinks.Valid valid
				? accounts.withId(valid.account()) : Optional.empty();
	}

	AccountLinks.Check check(String token) {
		return links.check(AccountLinks.Purpose.THERAPIST_INVITATION, token);
	}

	@Transactional
	AccountLinks.Check accept(String token, String password) {
		var check = links.use(AccountLinks.Purpose.THERAPIST_INVITATION, token);
		if (check instanceof AccountLinks.Valid valid) {
			accounts.changePassword(valid.account(), passwords.encode(password));
			accounts.confirmEmail(valid.account(), clock.instant());
		}
		return check;
	}
}
