package org.backcare.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.backcare.platform.Page;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, for the web pages and the API alike. Controllers of every module take
 * it with {@code @AuthenticationPrincipal SignedInAccount me}.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, Page.DisplayNamed {

	// Stored in the HTTP session (PostgreSQL): keep this stable so sessions survive a deployment.
	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean confirmed;

	private String passwordHash;

	SignedInAccount(AccountId id, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean confirmed) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.confirmed = confirmed;
	}

	public AccountId id() {
		return id;
	}

	public String email() {
		return email;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean is(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return confirmed;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
