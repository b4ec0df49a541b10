package org.backcare.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.backcare.platform.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new practice needs its first admin. From {@code BACKCARE_ADMIN_EMAIL} / {@code BACKCARE_ADMIN_PASSWORD} when
 * set; otherwise a one-time link is printed to the log, where whoever installed BackCare creates the account.
 * A new link is printed at every start until an admin exists; the older ones stop working.
 */
@Service
class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final Duration LINK_VALID_FOR = Duration.ofDays(7);

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordEncoder passwords;

	private final AdminSettings settings;

	private final PublicLinks publicLinks;

	private final Clock clock;

	FirstAdmin(Accounts accounts, AccountLinks links, PasswordEncoder passwords, AdminSettings settings,
			PublicLinks publicLinks, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
		this.settings = settings;
		this.publicLinks = publicLinks;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100) // after the demo data, which brings its own admin
	@Transactional
	void ensureAnAdminExists() {
		if (accounts.anyWithRole(Role.ADMIN)) {
			links.retire(AccountLinks.Purpose.FIRST_ADMIN, null);
			return;
		}
		if (settings.given()) {
			links.retire(AccountLinks.Purpose.FIRST_ADMIN, null);
			accounts.add(Emails.normalize(settings.email()), "Administrator", passwords.encode(settings.password()),
					Set.of(Role.ADMIN), clock.instant(), false);
			log.info("Created the first admin account {} from BACKCARE_ADMIN_EMAIL", Emails.normalize(settings.email()));
			return;
		}
		links.retire(AccountLinks.Purpose.FIRST_ADMIN, null);
		String token = links.issue(AccountLinks.Purpose.FIRST_ADMIN, null, LINK_VALID_FOR);
		log.warn("""

				========================================================================
				BackCare has no admin yet. Create the first admin account here
				(the link works once, for {} days):

				    {}
				========================================================================""",
				LINK_VALID_FOR.toDays(), publicLinks.to("/setup/" + token));
	}

	AccountLinks.Check check(String token) {
		// Once there is an admin, a set-up link printed before is spent, whatever its date says.
		return accounts.anyWithRole(Role.ADMIN) ? new AccountLinks.AlreadyUsed()
				: links.check(AccountLinks.Purpose.FIRST_ADMIN, token);
	}

	/** @throws EmailAlreadyRegistered when the address has an account already */
	@Transactional
	AccountLinks.Check create(String token, String displayName, String email, String password) {
		var check = links.use(AccountLinks.Purpose.FIRST_ADMIN, token);
		if (check instanceof AccountLinks.Valid && accounts.anyWithRole(Role.ADMIN)) {
			return new AccountLinks.AlreadyUsed();
		}
		if (check instanceof AccountLinks.Valid) {
			String address = Emails.normalize(email);
			if (accounts.withEmail(address).isPresent()) {
				throw new EmailAlreadyRegistered(address);
			}
			accounts.add(address, displayName.strip(), passwords.encode(password), Set.of(Role.ADMIN), clock.instant(),
					false);
		}
		return check;
	}
}
