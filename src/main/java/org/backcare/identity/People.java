package org.backcare.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Who someone is, for the modules that show names next to records (a plan's therapist, a clearance's recorder). */
@Component
public class People {

	/** A person's public face: no password, no tokens. */
	public record Person(AccountId id, String name, String email, boolean therapist) {
	}

	private final Accounts accounts;

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Person> find(AccountId id) {
		return accounts.withId(id).map(People::person);
	}

	public Optional<Person> withEmail(String email) {
		return accounts.withEmail(email).map(People::person);
	}

	/** The name to show for an account, or a neutral placeholder for one that no longer exists. */
	public String nameOf(long accountId) {
		return find(new AccountId(accountId)).map(Person::name).orElse("a former team member");
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.displayName(), account.email(), account.has(Role.THERAPIST));
	}
}
