package org.backcare.careplans;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backcare.homecare.HomeCareLibrary;
import org.backcare.identity.People;
import org.backcare.identity.SignedInAccount;
import org.backcare.intake.SubmittedConsultations;
import org.backcare.platform.AuditLog;
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
 * The therapist's side of care plans: the plans waiting for review, and the review page with the client's
 * answers, the rule ids and sources behind every choice, the version history, the change form and approval.
 * A therapist sees a plan while it waits in the practice's queue or once it is theirs; any other plan is a 404.
 */
@Controller
class TherapistPlansController {

	private final CarePlans plans;

	private final PlanReview review;

	private final SubmittedConsultations consultations;

	private final People people;

	private final AuditLog audit;

	private final HomeCareLibrary library;

	TherapistPlansController(CarePlans plans, PlanReview review, SubmittedConsultations consultations, People people,
			AuditLog audit, HomeCareLibrary library) {
		this.library = library;
		this.plans = plans;
		this.review = review;
		this.consultations = consultations;
		this.people = people;
		this.audit = audit;
	}

	/** A row of the therapist's lists. */
	record Row(CarePlan plan, String clientName) {
	}

	@GetMapping("/therapist")
	ModelAndView home(@AuthenticationPrincipal SignedInAccount me) {
		long therapist = me.id().value();
		return new ModelAndView("careplans/therapist-home")
			.addObject("waiting", rows(plans.waitingFor(therapist)))
			.addObject("approved", rows(plans.approvedBy(therapist)));
	}

	@GetMapping("/therapist/plans/{id}")
	ModelAndView show(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
		CarePlan plan = openTo(me, id);
		audit.record(me.id().value(), "care-plan.viewed", plan.clientId(), "care-plan:" + id);
		return page(plan, PlanChange.of(plan.plan()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/therapist/plans/{id}/changes")
	ModelAndView change(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String pressureMin, @RequestParam(required = false) String pressureMax,
			@RequestParam(required = false) String sessionMinutes, @RequestParam(required = false) String sessionsPerWeek,
			@RequestParam(required = false) String weeks, @RequestParam(required = false) List<String> techniques,
			@RequestParam(required = false) String reason) {
		CarePlan plan = openTo(me, id);
		var change = new PlanChange(pressureMin, pressureMax, sessionMinutes, sessionsPerWeek, weeks,
				techniques == null ? List.of() : techniques, reason);
		FormErrors errors = change.check(plan);
		if (!errors.isEmpty()) {
			return page(plan, change, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return switch (review.change(plan, version, me.id().value(), change)) {
			case DONE -> new ModelAndView("redirect:/therapist/plans/" + id + "?changed");
			case CONFLICT -> conflict(me, id, change);
		};
	}

	@PostMapping("/therapist/plans/{id}/approval")
	ModelAndView approve(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @RequestParam int version) {
		CarePlan plan = openTo(me, id);
		return switch (review.approve(plan, version, me.id().value())) {
			case DONE -> new ModelAndView("redirect:/therapist/plans/" + id + "?approved");
			case CONFLICT -> conflict(me, id, null);
		};
	}

	private ModelAndView conflict(SignedInAccount me, long id, PlanChange change) {
		CarePlan now = openTo(me, id);
		var errors = FormErrors.none().global("The plan changed while you were looking at it (it is now version " + now.version()
				+ (now.approved() ? ", approved" : "") + "). Check the latest version below before you change or approve it.");
		return page(now, change == null ? PlanChange.of(now.plan()) : change, errors, HttpStatus.CONFLICT);
	}

	private CarePlan openTo(SignedInAccount me, long id) {
		return plans.find(id)
			.filter(plan -> plan.status() != PlanStatus.SUPERSEDED && plan.openTo(me.id().value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(CarePlan plan, PlanChange form, FormErrors errors, HttpStatus status) {
		var versions = plans.versions(plan.id());
		Map<Long, String> names = people.namesOf(versions.stream().map(PlanVersion::changedBy).filter(Objects::nonNull).distinct().toList());
		return new ModelAndView("careplans/review", status)
			.addObject("plan", plan)
			.addObject("consultation", consultations.find(plan.consultationId()).orElseThrow())
			.addObject("clientName", people.nameOf(plan.clientId()))
			.addObject("approvedBy", plan.approvedBy() == null ? null : people.nameOf(plan.approvedBy()))
			.addObject("versions", versions)
			.addObject("homeCare", PlanWords.homeCareTitles(plan.plan(), library))
			.addObject("names", names)
			.addObject("form", form)
			.addObject("errors", errors);
	}

	private List<Row> rows(List<CarePlan> list) {
		Map<Long, String> names = people.namesOf(list.stream().map(CarePlan::clientId).toList());
		return list.stream().map(plan -> new Row(plan, names.get(plan.clientId()))).toList();
	}
}
