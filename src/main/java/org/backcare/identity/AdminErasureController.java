package org.backcare.identity;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Erasing a client who asks for it: a page that says what goes and what the law makes us keep, and a
 * confirmation by typing the client's address, so nobody erases the wrong person with one click. Only clients:
 * a team member's account signs clinical records and is handled otherwise.
 */
@Controller
class AdminErasureController {

	private final Accounts accounts;

	private final ClientData data;

	AdminErasureController(Accounts accounts, ClientData data) {
		this.accounts = accounts;
		this.data = data;
	}

	@GetMapping("/admin/accounts/{id}/erase")
	ModelAndView confirm(@PathVariable long id) {
		return page(client(id), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/accounts/{id}/erase")
	ModelAndView erase(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@RequestParam(defaultValue = "") String email) {
		Account client = client(id);
		if (client.erased()) {
			return new ModelAndView("redirect:/admin/accounts/" + id + "/erase");
		}
		if (!Emails.normalize(email).equals(client.email())) {
			return page(client, FormErrors.none().field("email", "Type the client's email address exactly as shown above."),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		data.erase(me.id().value(), client.id());
		return new ModelAndView("redirect:/admin/accounts/" + id + "/erase?erased");
	}

	private Account client(long id) {
		return accounts.withId(new AccountId(id))
			.filter(account -> account.has(Role.CLIENT) && !account.has(Role.THERAPIST) && !account.has(Role.ADMIN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ModelAndView page(Account client, FormErrors errors, HttpStatus status) {
		return new ModelAndView("identity/admin-erase", status).addObject("client", client).addObject("errors", errors);
	}
}
