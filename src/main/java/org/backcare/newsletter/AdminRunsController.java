package org.backcare.newsletter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.backcare.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Send runs: the list, "send a digest now", and one run's live progress and recipients, with pause and resume. */
@Controller
class AdminRunsController {

	static final String HOME = "/admin/newsletter/runs";

	static final int PAGE_SIZE = 50;

	private final SendRuns runs;

	private final RunRecipients recipients;

	AdminRunsController(SendRuns runs, RunRecipients recipients) {
		this.runs = runs;
		this.recipients = recipients;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		return new ModelAndView("newsletter/admin-runs", Map.of("runs", runs.latest(50)));
	}

	@PostMapping(HOME)
	ModelAndView sendNow(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		long id = runs.start(me.displayName(), null).orElseThrow();
		redirect.addFlashAttribute("saved", "The run has started.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView run(@PathVariable long id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "1") int page) {
		Run run = existing(id);
		RecipientStatus shown = Arrays.stream(RecipientStatus.values())
			.filter(value -> value.name().equals(status))
			.findFirst()
			.orElse(null);
		int number = Math.max(page, 1);
		List<RunRecipients.Row> rows = recipients.page(id, shown, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		Map<String, Object> model = new HashMap<>();
		model.put("run", run);
		model.put("shown", shown);
		model.put("rows", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.put("pageNumber", number);
		model.put("previous", number > 1 ? href(id, shown, number - 1) : null);
		model.put("next", rows.size() > PAGE_SIZE ? href(id, shown, number + 1) : null);
		return new ModelAndView("newsletter/admin-run", model);
	}

	/** The progress panel alone, which the run page polls while the run is not finished. */
	@HxRequest
	@GetMapping(HOME + "/{id}")
	ModelAndView progress(@PathVariable long id) {
		return new ModelAndView("newsletter/admin-run-progress", Map.of("run", existing(id)));
	}

	@PostMapping(HOME + "/{id}/pause")
	ModelAndView pause(@PathVariable long id, RedirectAttributes redirect) {
		existing(id);
		redirect.addFlashAttribute("saved", runs.pause(id) ? "Paused: no more digests are written for this run."
				: "The run was not sending, so there was nothing to pause.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	@PostMapping(HOME + "/{id}/resume")
	ModelAndView resume(@PathVariable long id, RedirectAttributes redirect) {
		existing(id);
		redirect.addFlashAttribute("saved",
				runs.resume(id) ? "Resumed: the run goes on where it stopped." : "The run was not paused.");
		return new ModelAndView("redirect:" + HOME + "/" + id);
	}

	private Run existing(long id) {
		return runs.withId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String href(long id, RecipientStatus status, int page) {
		return HOME + "/" + id + "?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + page;
	}
}
