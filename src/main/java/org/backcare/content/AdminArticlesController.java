package org.backcare.content;

import java.time.Clock;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.backcare.identity.SignedInAccount;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins write articles in Markdown, see them as readers will while they type, and save each change as a revision. */
@Controller
class AdminArticlesController {

	static final String HOME = "/admin/articles";

	private final Manuscripts manuscripts;

	private final ArticleDesk desk;

	private final EditorPage editor;

	private final Clock clock;

	AdminArticlesController(Manuscripts manuscripts, ArticleDesk desk, EditorPage editor, Clock clock) {
		this.manuscripts = manuscripts;
		this.desk = desk;
		this.editor = editor;
		this.clock = clock;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		return new ModelAndView("content/admin-articles", Map.of("articles", manuscripts.all(), "now", clock.instant()));
	}

	@GetMapping(HOME + "/new")
	ModelAndView newArticle(@AuthenticationPrincipal SignedInAccount me) {
		return editor.of(null, ManuscriptForm.empty(me.displayName()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/new")
	ModelAndView create(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") ManuscriptForm typed,
			RedirectAttributes redirect) {
		ManuscriptForm form = typed.completed(me.displayName());
		var errors = form.errors(editor.techniqueSlugs());
		if (!errors.isEmpty()) {
			return editor.of(null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			long id = desk.write(form.manuscript(), me.id().value());
			redirect.addFlashAttribute("saved", "Saved as a draft (revision 1).");
			return new ModelAndView("redirect:" + HOME + "/" + id);
		}
		catch (SlugTaken taken) {
			return editor.of(null, form, slugTaken(taken), HttpStatus.CONFLICT);
		}
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView edit(@PathVariable long id) {
		var article = existing(id);
		return editor.of(article, ManuscriptForm.of(article), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	ModelAndView save(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
			@ModelAttribute("form") ManuscriptForm typed, RedirectAttributes redirect) {
		var article = existing(id);
		ManuscriptForm form = typed.completed(me.displayName());
		var errors = form.errors(editor.techniqueSlugs());
		if (form.revision() == null || !form.revision().matches("[0-9]{1,9}")) {
			errors.global("The form lost track of the revision you edited. Copy your text, reload the page and try again.");
		}
		if (!errors.isEmpty()) {
			return editor.of(article, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			int revision = desk.revise(id, form.basedOnRevision(), form.manuscript(), me.id().value());
			redirect.addFlashAttribute("saved", "Saved revision " + revision + ".");
			return new ModelAndView("redirect:" + HOME + "/" + id);
		}
		catch (SlugTaken taken) {
			return editor.of(article, form, slugTaken(taken), HttpStatus.CONFLICT);
		}
		catch (StaleRevision stale) {
			var newer = existing(id);
			var conflict = FormErrors.none()
				.global("Someone else saved this article while you were editing it (now revision " + stale.current()
						+ "). Your changes below are not saved yet. Compare them with the latest revision, then save "
						+ "again to replace it with yours.");
			return editor.of(newer, form.basedOn(stale.current()), conflict, HttpStatus.CONFLICT);
		}
	}

	/** htmx: the preview panel while the author types. */
	@HxRequest
	@PostMapping(HOME + "/preview")
	ModelAndView previewPanel(@ModelAttribute("form") ManuscriptForm form) {
		return new ModelAndView("content/admin-article-preview", Map.of("preview", render(form)));
	}

	/** Without JavaScript, the Preview button: the same editor with the preview, nothing saved. */
	@PostMapping(HOME + "/preview")
	ModelAndView previewPage(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") ManuscriptForm typed) {
		ManuscriptForm form = typed.completed(me.displayName());
		var article = form.id() == null || !form.id().matches("[0-9]{1,18}") ? null : existing(Long.parseLong(form.id()));
		return editor.of(article, form, FormErrors.none(), HttpStatus.OK);
	}

	/** The saved article as readers will see it, whatever its state. */
	@GetMapping(HOME + "/{id}/preview")
	ModelAndView saved(@PathVariable long id) {
		var article = existing(id);
		return new ModelAndView("content/admin-article-read", Map.of("article", article, "rendered",
				ArticleMarkdown.render(article.manuscript().body()), "now", clock.instant()));
	}

	private Manuscripts.Opened existing(long id) {
		return manuscripts.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ArticleMarkdown.Rendered render(ManuscriptForm form) {
		return ArticleMarkdown.render(form.body() == null ? "" : form.body());
	}

	private static FormErrors slugTaken(SlugTaken taken) {
		return FormErrors.none()
			.field("slug", "That slug is taken: it is, or once was, the address of “" + taken.holderTitle()
					+ "”. Choose another.");
	}
}
