package org.backcare.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Who someone is, for the modules that show names next to records (a plan's therapist, a clearance's recorder). */
@Component
public class People {

	/** A person's public face: no password, no tokens. */
	public record Person(AccountId id, String name, String email) {
	}

	private static final String FORMER = "a former team member";

	private final Accounts accounts;

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Person> withEmail(String email) {
		return accounts.withEmail(email).map(People::person);
	}

	public Optional<Person> withId(long accountId) {
		return accounts.withId(new AccountId(accountId)).map(People::person);
	}

	/** The client with this id; empty when there is no such account or it is not a client's. */
	public Optional<Person> client(long accountId) {
		return accounts.withId(new AccountId(accountId)).filter(account -> account.has(Role.CLIENT)).map(People::person);
	}

	/** The name to show for an account, or a neutral placeholder for one that no longer exists. */
	public String nameOf(long accountId) {
		return namesOf(List.of(accountId)).get(accountId);
	}

	/**
	 * The names to show for many accounts at once (one query for a whole list page), each id mapped; an account
	 * that no longer exists gets a neutral placeholder.
	 */
	public Map<Long, String> namesOf(Collection<Long> accountIds) {
		Map<Long, String> names = accounts.namesOf(accountIds);
		accountIds.forEach(id -> names.putIfAbsent(id, FORMER));
		return names;
	}

	/** Every account with the therapist role, by name, whether or not they have signed in yet. */
	public List<Person> therapists() {
		return accounts.withRole(Role.THERAPIST).stream().map(People::person).toList();
	}

	/** What someone wrote about themselves on their account, if anything: a starting point for a profile. */
	public Optional<String> bioOf(long accountId) {
		return accounts.withId(new AccountId(accountId)).map(Account::bio).filter(bio -> !bio.isBlank());
	}

	/**
	 * Names and addresses of many accounts at once (one query), for emails and calendars, each id mapped; an
	 * account that no longer exists gets the neutral placeholder name and no address.
	 */
	public Map<Long, Person> of(Collection<Long> accountIds) {
		Map<Long, Person> people = accounts.people(accountIds);
		accountIds.forEach(id -> people.putIfAbsent(id, new Person(new AccountId(id), FORMER, null)));
		return people;
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.displayName(), account.email());
	}
}
