package org.backcare.intake;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The consultation a signed-in client fills in at /account/consultation: five steps, each saved as it is sent,
 * the safety answers checked as they are ticked (htmx) and the result with the screening and the proposed plan.
 */
@Controller
class ConsultationController {

	private static final String HOME = "/account/consultation";

	private final ConsultationWizard wizard;

	private final Consultations consultations;

	private final Consents consents;

	private final Clearances clearances;

	private final People people;

	ConsultationController(ConsultationWizard wizard, Consultations consultations, Consents consents,
			Clearances clearances, People people) {
		this.wizard = wizard;
		this.consultations = consultations;
		this.consents = consents;
		this.clearances = clearances;
		this.people = people;
	}

	@GetMapping(HOME)
	String start(@AuthenticationPrincipal SignedInAccount me) {
		var latest = consultations.latestOf(me.id().value());
		if (latest.isPresent() && latest.get().submitted()) {
			return "redirect:" + HOME + "/result";
		}
		return "redirect:" + HOME + "/step/" + wizard.open(me.id().value()).currentStep();
	}

	@GetMapping(HOME + "/step/{number}")
	ModelAndView step(@AuthenticationPrincipal SignedInAccount me, @PathVariable int number) {
		ConsultationStep step = ConsultationStep.number(number);
		Consultation draft = wizard.open(me.id().value());
		if (step == null || !draft.canOpen(step)) {
			return new ModelAndView("redirect:" + HOME + "/step/" + draft.currentStep());
		}
		return page(me, step, draft, FormErrors.none(), wizard.screening(draft), HttpStatus.OK, false);
	}

	@PostMapping(HOME + "/step/{number}")
	ModelAndView save(@AuthenticationPrincipal SignedInAccount me, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> form) {
		ConsultationStep step = ConsultationStep.number(number);
		Consultation draft = wizard.open(me.id().value());
		if (step == null || !draft.canOpen(step)) {
			return new ModelAndView("redirect:" + HOME + "/step/" + draft.currentStep());
		}
		if (step == ConsultationStep.CONSENT) {
			var submitted = wizard.submit(client(me), form);
			if (!submitted.errors().isEmpty()) {
				return page(me, step, submitted.consultation(), submitted.errors(), submitted.screening(),
						HttpStatus.UNPROCESSABLE_CONTENT, false);
			}
			return new ModelAndView("redirect:" + HOME + "/result");
		}
		var saved = wizard.save(client(me), step, form, true);
		if (!saved.errors().isEmpty()) {
			return page(me, step, saved.consultation(), saved.errors(), saved.screening(), HttpStatus.UNPROCESSABLE_CONTENT, false);
		}
		if (saved.alarming()) {
			// Not on to the next question as if nothing happened: the guidance first, the next step a link below it.
			return page(me, step, saved.consultation(), saved.errors(), saved.screening(), HttpStatus.OK, true);
		}
		return new ModelAndView("redirect:" + HOME + "/step/" + (step.number() + 1));
	}

	/** htmx: a safety answer was ticked or unticked; saved at once, and the guidance shown at once if it needs it. */
	@HxRequest
	@PostMapping(HOME + "/step/2")
	ModelAndView checkSafety(@AuthenticationPrincipal SignedInAccount me, @RequestParam MultiValueMap<String, String> form) {
		Consultation draft = wizard.open(me.id().value());
		var view = new ModelAndView("intake/consultation-alert");
		view.addObject("alert", null);
		if (draft.canOpen(ConsultationStep.SAFETY)) {
			var saved = wizard.save(client(me), ConsultationStep.SAFETY, form, false);
			view.addObject("alert", saved.alarming() ? saved.screening() : null);
		}
		view.addObject("next", ConsultationStep.SAFETY.number() + 1);
		return view;
	}

	@GetMapping(HOME + "/result")
	ModelAndView result(@AuthenticationPrincipal SignedInAccount me) {
		var latest = consultations.latestOf(me.id().value()).orElse(null);
		ScreeningResult screening = latest == null ? null : wizard.screening(latest);
		if (latest == null || screening == null || (!latest.submitted() && screening.allowsBooking())) {
			return new ModelAndView("redirect:" + HOME);
		}
		Clearance clearance = latest.submitted() ? clearances.of(latest.id()).orElse(null) : null;
		var page = new ModelAndView("intake/consultation-result");
		page.addObject("consultation", latest);
		page.addObject("screening", screening);
		page.addObject("clearance", clearance);
		page.addObject("recordedBy", clearance == null ? null : people.nameOf(clearance.recordedBy()));
		return page;
	}

	/** Starts a new consultation after a submitted one; the last answers are filled in, to be checked and changed. */
	@PostMapping(HOME + "/new")
	String restart(@AuthenticationPrincipal SignedInAccount me) {
		wizard.restart(me.id().value());
		return "redirect:" + HOME + "/step/1";
	}

	private ModelAndView page(SignedInAccount me, ConsultationStep step, Consultation consultation, FormErrors errors,
			ScreeningResult screening, HttpStatus status, boolean justAlerted) {
		var page = new ModelAndView(step.view(), status);
		page.addObject("step", step);
		page.addObject("answers", consultation.answers());
		page.addObject("errors", errors);
		page.addObject("alert", screening != null && PracticeAlerts.needed(screening.outcome()) ? screening : null);
		page.addObject("justAlerted", justAlerted);
		if (step == ConsultationStep.CONSENT) {
			var consent = consents.current();
			page.addObject("consent", consent);
			page.addObject("signed", consents.signedBy(me.id().value(), consent.number()).orElse(null));
		}
		return page;
	}

	private static ConsultationWizard.Client client(SignedInAccount me) {
		return new ConsultationWizard.Client(me.id().value(), me.displayName(), me.email());
	}
}
