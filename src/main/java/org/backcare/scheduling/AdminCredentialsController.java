package org.backcare.scheduling;

import org.backcare.platform.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin records a therapist's credentials as the issuing authority's public register shows them (clinical
 * facts 8.7); rule L1 books a therapist only where one of them is valid.
 */
@Controller
class AdminCredentialsController {

	private static final String CREDENTIALS = AdminTherapistsController.HOME + "/{id}/credentials";

	private final TherapistAdminPage page;

	private final Therapists therapists;

	AdminCredentialsController(TherapistAdminPage page, Therapists therapists) {
		this.page = page;
		this.therapists = therapists;
	}

	@GetMapping(CREDENTIALS + "/new")
	ModelAndView blank(@PathVariable long id) {
		return form(page.profile(id), null, CredentialForm.BLANK, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(CREDENTIALS)
	ModelAndView add(@PathVariable long id, @ModelAttribute CredentialForm form) {
		return save(page.profile(id), null, form);
	}

	@GetMapping(CREDENTIALS + "/{credentialId}")
	ModelAndView show(@PathVariable long id, @PathVariable long credentialId) {
		Therapist therapist = page.profile(id);
		Credential credential = credential(therapist, credentialId);
		return form(therapist, credential, CredentialForm.of(credential), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(CREDENTIALS + "/{credentialId}")
	ModelAndView change(@PathVariable long id, @PathVariable long credentialId, @ModelAttribute CredentialForm form) {
		Therapist therapist = page.profile(id);
		return save(therapist, credential(therapist, credentialId), form);
	}

	/** Adds a credential (when {@code credential} is null) or changes it, and answers as the form's page would. */
	private ModelAndView save(Therapist therapist, Credential credential, CredentialForm form) {
		FormErrors errors = form.check(page.today());
		if (!errors.isEmpty()) {
			return form(therapist, credential, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			if (credential == null) {
				therapists.addCredential(form.credential(0, therapist.id()));
			}
			else {
				therapists.changeCredential(form.credential(credential.id(), therapist.id()));
			}
		}
		catch (DuplicateKeyException taken) {
			return form(therapist, credential, form,
					FormErrors.none().field("number", "This issuing authority's number is on record already: each number belongs to one credential."),
					HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:" + AdminTherapistsController.HOME + "/" + therapist.id() + "?credential#credentials");
	}

	private static Credential credential(Therapist therapist, long credentialId) {
		return therapist.credentials()
			.stream()
			.filter(credential -> credential.id() == credentialId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView form(Therapist therapist, Credential credential, CredentialForm form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("scheduling/admin-credential", status).addObject("therapist", therapist)
			.addObject("credential", credential)
			.addObject("form", form)
			.addObject("errors", errors);
	}
}
