package org.backcare.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the address already has an account */
	AccountId add(String email, String displayName, String passwordHash, Set<Role> roles, Instant confirmedAt,
			boolean demo) {
		return new AccountId(jdbc.sql("""
				insert into accounts (email, display_name, password_hash, roles, email_confirmed_at, demo)
				values (:email, :name, :hash, :roles::text[], :confirmed, :demo)
				returning id""")
			.param("email", email)
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("roles", roles.stream().map(Role::name).toArray(String[]::new))
			.param("confirmed", confirmedAt == null ? null : Timestamp.from(confirmedAt))
			.param("demo", demo)
			.query(Long.class)
			.single());
	}

	Optional<Account> withEmail(String email) {
		return jdbc.sql("select * from accounts where email = :email")
			.param("email", email)
			.query(Accounts::account)
			.optional();
	}

	Optional<Account> withId(AccountId id) {
		return jdbc.sql("select * from accounts where id = :id").param("id", id.value()).query(Accounts::account).optional();
	}

	/** Display names by account id, in one statement. */
	Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, display_name from accounts where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("display_name"));
			});
		return names;
	}

	Map<Long, People.Person> people(Collection<Long> ids) {
		Map<Long, People.Person> people = new HashMap<>();
		jdbc.sql("select id, display_name, email from accounts where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				people.put(rs.getLong("id"), new People.Person(new AccountId(rs.getLong("id")), rs.getString("display_name"),
						rs.getString("email")));
			});
		return people;
	}

	List<Account> all() {
		return jdbc.sql("select * from accounts order by created_at desc, id desc").query(Accounts::account).list();
	}

	List<String> confirmedAddressesWithRole(Role role) {
		return jdbc.sql("""
				select email from accounts
				where :role = any (roles) and email_confirmed_at is not null order by email""")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

	/** Everyone with this role, by name. */
	List<Account> withRole(Role role) {
		return jdbc.sql("select * from accounts where :role = any (roles) order by lower(display_name), id")
			.param("role", role.name())
			.query(Accounts::account)
			.list();
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("select exists (select 1 from accounts where :role = any (roles))")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	void describe(AccountId id, String bio) {
		jdbc.sql("update accounts set bio = :bio where id = :id").param("bio", bio).param("id", id.value()).update();
	}

	void changePassword(AccountId id, String passwordHash) {
		jdbc.sql("update accounts set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", id.value())
			.update();
	}

	void confirmEmail(AccountId id, Instant at) {
		jdbc.sql("update accounts set email_confirmed_at = coalesce(email_confirmed_at, :at) where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update();
	}

	/**
	 * Replaces the name and address with a pseudonym and removes the password, so nobody can sign in; the id,
	 * roles and creation date stay, for the records that point to the account. The first erasure's date is kept.
	 */
	void erase(AccountId id) {
		jdbc.sql("""
				update accounts set email = 'erased-' || id || '@erased.invalid', display_name = 'Erased client #' || id,
				    password_hash = null, bio = null, email_confirmed_at = null, erased_at = coalesce(erased_at, now())
				where id = :id""")
			.param("id", id.value())
			.update();
	}

	private static Account account(ResultSet row, int number) throws SQLException {
		return new Account(new AccountId(row.getLong("id")), row.getString("email"), row.getString("display_name"),
				row.getString("password_hash"), roles(row.getArray("roles")), row.getString("bio"), instant(row, "email_confirmed_at"),
				row.getBoolean("demo"), instant(row, "created_at"), instant(row, "erased_at"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
