package org.backcare.content;

import java.time.Clock;

import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.backcare.platform.PracticeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publish an article now or at a set time in the practice's time zone, or take it down. */
@Controller
class AdminPublicationController {

	private static final String HOME = AdminArticlesController.HOME;

	private final Publisher publisher;

	private final Manuscripts manuscripts;

	private final EditorPage editor;

	private final PracticeSettings practice;

	private final Clock clock;

	AdminPublicationController(Publisher publisher, Manuscripts manuscripts, EditorPage editor,
			PracticeSettings practice, Clock clock) {
		this.publisher = publisher;
		this.manuscripts = manuscripts;
		this.editor = editor;
		this.practice = practice;
		this.clock = clock;
	}

	@PostMapping(HOME + "/{id}/publish")
	ModelAndView publish(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
		found(publisher.publishNow(id, me.id().value()));
		redirect.addFlashAttribute("saved", "Published: readers can see it now.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	@PostMapping(HOME + "/{id}/schedule")
	ModelAndView schedule(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("schedule") ScheduleForm schedule, RedirectAttributes redirect) {
		var errors = FormErrors.none();
		var at = schedule.at(practice.timeZone(), clock.instant(), errors);
		if (at == null) {
			var article = manuscripts.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			return editor.of(article, ManuscriptForm.of(article), FormErrors.none(), schedule, errors,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		found(publisher.schedule(id, at, me.id().value()));
		redirect.addFlashAttribute("saved", "Scheduled: readers see it from the time you chose.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	@PostMapping(HOME + "/{id}/unpublish")
	ModelAndView unpublish(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		found(publisher.unpublish(id, me.id().value()));
		redirect.addFlashAttribute("saved", "Taken down: readers no longer see it.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	private static void found(boolean found) {
		if (!found) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
