package org.backcare.content;

import java.util.Map;
import java.util.Objects;

import org.backcare.identity.People;
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

/** Every saved revision of an article, who saved it and when; any one can come back as the newest. */
@Controller
class AdminRevisionsController {

	private static final String HOME = AdminArticlesController.HOME;

	private final Manuscripts manuscripts;

	private final ArticleDesk desk;

	private final People people;

	AdminRevisionsController(Manuscripts manuscripts, ArticleDesk desk, People people) {
		this.manuscripts = manuscripts;
		this.desk = desk;
		this.people = people;
	}

	@GetMapping(HOME + "/{id}/revisions")
	ModelAndView revisions(@PathVariable long id) {
		var article = existing(id);
		var revisions = manuscripts.revisions(id);
		var authors = people.namesOf(revisions.stream().map(Manuscripts.Revision::authorId)
			.filter(Objects::nonNull).distinct().toList());
		return new ModelAndView("content/admin-article-revisions",
				Map.of("article", article, "revisions", revisions, "authors", authors));
	}

	@GetMapping(HOME + "/{id}/revisions/{number}")
	ModelAndView revision(@PathVariable long id, @PathVariable int number) {
		var article = existing(id);
		var revision = manuscripts.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String author = revision.authorId() == null ? "a former team member" : people.nameOf(revision.authorId());
		return new ModelAndView("content/admin-article-revision",
				Map.of("article", article, "revision", revision, "author", author));
	}

	@PostMapping(HOME + "/{id}/revisions/{number}/restore")
	ModelAndView restore(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, @PathVariable int number,
			@RequestParam int revision, RedirectAttributes redirect) {
		existing(id);
		manuscripts.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			int restored = desk.restore(id, revision, number, me.id().value());
			redirect.addFlashAttribute("saved", "Revision " + number + " restored as revision " + restored + ".");
			return new ModelAndView("redirect:" + HOME + "/" + id);
		}
		catch (StaleRevision stale) {
			redirect.addFlashAttribute("stale", "Someone saved the article since you opened this page (now revision "
					+ stale.current() + "). Look at the list again, then restore.");
			return new ModelAndView("redirect:" + HOME + "/" + id + "/revisions");
		}
	}

	private Manuscripts.Opened existing(long id) {
		return manuscripts.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
