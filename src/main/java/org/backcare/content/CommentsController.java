package org.backcare.content;

import java.time.Duration;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.DurationWords;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The comments under an article: the whole page, or (for htmx, which the article page uses to load them) just the
 * fragment. Without JavaScript a comment is posted, then the page redirects to show it; with htmx the fragment
 * comes back in place. htmx swaps only 2xx answers, so its refusals come back as 200 with the messages.
 */
@Controller
class CommentsController {

	private static final String PATH = "/articles/{slug}/comments";

	private final CommentedArticles articles;

	private final Comments comments;

	private final CommentPosting posting;

	private final FormStamps stamps;

	private final ContentSettings settings;

	CommentsController(CommentedArticles articles, Comments comments, CommentPosting posting, FormStamps stamps,
			ContentSettings settings) {
		this.articles = articles;
		this.comments = comments;
		this.posting = posting;
		this.stamps = stamps;
		this.settings = settings;
	}

	@GetMapping(PATH)
	Object page(@PathVariable String slug, @RequestParam(required = false) Long replyTo,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		Optional<String> renamed = articles.published(slug).isEmpty() ? articles.renamed(slug) : Optional.empty();
		if (renamed.isPresent()) {
			var moved = new RedirectView("/articles/" + renamed.get() + "/comments");
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return moved;
		}
		return view("content/comments", shown(slug, replyTo, me, model), HttpStatus.OK);
	}

	@HxRequest
	@GetMapping(PATH)
	ModelAndView fragment(@PathVariable String slug, @RequestParam(required = false) Long replyTo,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		return view("content/comments-thread", shown(slug, replyTo, me, model), HttpStatus.OK);
	}

	@PostMapping(PATH)
	ModelAndView post(@PathVariable String slug, @ModelAttribute CommentForm form,
			@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommentedArticle article = article(slug);
		var outcome = send(article, form, me, request);
		if (outcome instanceof CommentPosting.Posted posted) {
			redirect.addFlashAttribute("posted", posted.comment().id());
			return new ModelAndView("redirect:" + article.commentsPath() + "#your-comment");
		}
		if (outcome instanceof CommentPosting.TooMany tooMany) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds() + 1)));
			return view("content/comments", refused(article, form, FormErrors.none(), tooMany.retryAfter()),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		return view("content/comments", refused(article, form, ((CommentPosting.Refused) outcome).errors(), null),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@HxRequest
	@PostMapping(PATH)
	ModelAndView postInPlace(@PathVariable String slug, @ModelAttribute CommentForm form,
			@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request) {
		CommentedArticle article = article(slug);
		var outcome = send(article, form, me, request);
		if (outcome instanceof CommentPosting.Posted posted) {
			return view("content/comments-thread", page(article, null, me, posted.comment()), HttpStatus.OK);
		}
		CommentsPage again = outcome instanceof CommentPosting.TooMany tooMany
				? refused(article, form, FormErrors.none(), tooMany.retryAfter())
				: refused(article, form, ((CommentPosting.Refused) outcome).errors(), null);
		return view("content/comments-thread", again, HttpStatus.OK);
	}

	private CommentPosting.Outcome send(CommentedArticle article, CommentForm form, SignedInAccount me,
			HttpServletRequest request) {
		boolean caught = form.honeypotFilled()
				|| !stamps.patientEnough(form.shownAt(), settings.commentMinTimeOnPage());
		return posting.post(article, form.draft(), me == null ? null : me.id().value(), request.getRemoteAddr(), caught);
	}

	private CommentsPage shown(String slug, Long replyTo, SignedInAccount me, Model model) {
		CommentedArticle article = article(slug);
		Object postedId = model.getAttribute("posted");
		Comment posted = postedId instanceof Long id ? comments.withId(id).orElse(null) : null;
		return page(article, replyTo, me, posted);
	}

	private CommentsPage page(CommentedArticle article, Long replyTo, SignedInAccount me, Comment posted) {
		Comment replyingTo = replyTo == null || posting.replyProblem(article, replyTo).isPresent() ? null
				: comments.withId(replyTo).orElse(null);
		var form = CommentForm.blank(me == null ? "" : me.displayName(), me == null ? "" : me.email(),
				replyingTo == null ? null : replyingTo.id());
		return new CommentsPage(article, Conversation.of(comments.approvedOn(article.id())), form, FormErrors.none(),
				stamps.issue(), replyingTo, posted, null, settings.commentMaxLength());
	}

	/** The form again with what the reader wrote, a fresh stamp, and why it was not taken. */
	private CommentsPage refused(CommentedArticle article, CommentForm form, FormErrors errors, Duration wait) {
		Long parent = form.parent();
		Comment replyingTo = parent == null || posting.replyProblem(article, parent).isPresent() ? null
				: comments.withId(parent).orElse(null);
		String waitMessage = wait == null ? null
				: "You have sent several comments in a short time. Please send this one again in "
						+ DurationWords.of(Duration.ofMinutes(Math.max(1, (wait.toSeconds() + 59) / 60))) + "; your words are still in the form.";
		return new CommentsPage(article, Conversation.of(comments.approvedOn(article.id())), form.again(), errors,
				stamps.issue(), replyingTo, null, waitMessage, settings.commentMaxLength());
	}

	private CommentedArticle article(String slug) {
		return articles.published(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ModelAndView view(String name, CommentsPage page, HttpStatus status) {
		var view = new ModelAndView(name, status);
		view.addObject("view", page);
		return view;
	}
}
