package org.backcare.identity;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class MeApi {

	record Me(long id, String email, String displayName, Set<String> roles) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The account the bearer token belongs to")
	Me me(@AuthenticationPrincipal SignedInAccount me) {
		var roles = new TreeSet<String>();
		me.roles().forEach(role -> roles.add(role.name()));
		return new Me(me.id().value(), me.email(), me.displayName(), roles);
	}
}
