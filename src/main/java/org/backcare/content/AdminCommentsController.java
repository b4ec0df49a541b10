package org.backcare.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

/** The moderation queue and the other tabs (approved, spam, removed), with the actions each comment allows. */
@Controller
class AdminCommentsController {

	static final String PATH = "/admin/comments";

	private static final int SHOWN = 100;

	private final Comments comments;

	private final CommentModeration moderation;

	AdminCommentsController(Comments comments, CommentModeration moderation) {
		this.comments = comments;
		this.moderation = moderation;
	}

	@GetMapping(PATH)
	ModelAndView queue(@RequestParam(defaultValue = "pending") String status) {
		return page(statusOf(status), null, null, HttpStatus.OK);
	}

	@PostMapping(PATH + "/{id}/{action}")
	String moderate(@PathVariable long id, @PathVariable String action, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Comment comment = existing(id);
		Moderation chosen = Moderation.ofSlug(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			CommentStatus now = moderation.moderate(comment, chosen, me.id().value());
			redirect.addFlashAttribute("done", comment.authorName() + "'s comment is now: " + now.label + ".");
		}
		catch (IllegalStateException moved) {
			redirect.addFlashAttribute("done", comment.authorName()
					+ "'s comment was moderated meanwhile, or that action does not apply to it; nothing was changed.");
		}
		return "redirect:" + PATH + "?status=" + comment.status().slug();
	}

	@PostMapping(PATH + "/{id}/reply")
	ModelAndView reply(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Comment comment = existing(id);
		var reply = moderation.reply(comment, text, me);
		if (reply.problem() != null) {
			return page(CommentStatus.APPROVED, comment.id(), new ReplyDraft(text, reply.problem()),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("done", "Your reply to " + comment.authorName() + " is published.");
		return new ModelAndView("redirect:" + PATH + "?status=approved");
	}

	/** A practice reply that was refused, shown again under its comment with what was typed. */
	record ReplyDraft(String text, String problem) {
	}

	private ModelAndView page(CommentStatus status, Long replyTo, ReplyDraft draft, HttpStatus code) {
		Map<CommentStatus, Integer> counts = new LinkedHashMap<>();
		Arrays.stream(CommentStatus.values()).forEach(tab -> counts.put(tab, comments.countWithStatus(tab)));
		var view = new ModelAndView("content/admin-comments", code);
		view.addObject("status", status);
		view.addObject("counts", counts);
		view.addObject("comments", comments.withStatus(status, SHOWN));
		view.addObject("replyTo", replyTo);
		view.addObject("draft", draft);
		return view;
	}

	private Comment existing(long id) {
		return comments.withId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CommentStatus statusOf(String slug) {
		return Arrays.stream(CommentStatus.values())
			.filter(status -> status.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
