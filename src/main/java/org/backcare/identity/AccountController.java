package org.backcare.identity;

import jakarta.validation.Valid;
import org.backcare.platform.AccountSection;
import org.backcare.platform.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own page: who they are, and their personal access tokens for the API. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final PersonalAccessTokens tokens;

	private final ObjectProvider<AccountSection> sections;

	AccountController(Accounts accounts, PersonalAccessTokens tokens, ObjectProvider<AccountSection> sections) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sections = sections;
	}

	@GetMapping("/account")
	ModelAndView account(@AuthenticationPrincipal SignedInAccount me) {
		return page(me, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/account/tokens")
	ModelAndView createToken(@AuthenticationPrincipal SignedInAccount me,
			@Valid @ModelAttribute("form") Forms.TokenName form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, FormErrors.of(result), HttpStatus.UNPROCESSABLE_CONTENT).addObject("tokenName",
					form.name() == null ? "" : form.name());
		}
		// Shown once, on the page after the redirect (so a reload cannot create a second token). It waits in the
		// session for that one request; the token table only ever holds its hash.
		redirect.addFlashAttribute("newToken", tokens.create(me.id(), form.name().strip()));
		return new ModelAndView("redirect:/account#tokens");
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		if (!tokens.revoke(me.id(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/account?revoked#tokens";
	}

	private ModelAndView page(SignedInAccount me, FormErrors errors, HttpStatus status) {
		var account = accounts.withId(me.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var page = new ModelAndView("identity/account", status);
		page.addObject("account", account);
		page.addObject("tokens", tokens.activeOf(me.id()));
		page.addObject("errors", errors);
		page.addObject("sections", sections.orderedStream()
			.map(section -> section.content(account.id().value(), account.email()))
			.toList());
		return page;
	}
}
