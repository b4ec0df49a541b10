package org.backcare.content;

import java.time.Clock;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.backcare.platform.FormErrors;
import org.backcare.therapies.Catalogue;
import org.backcare.therapies.TechniqueProfile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The article editor as a page: the form, its preview and, for a saved article, how it is published. */
@Component
class EditorPage {

	private final Catalogue catalogue;

	private final Clock clock;

	EditorPage(Catalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	Set<String> techniqueSlugs() {
		return catalogue.techniques().stream().map(TechniqueProfile::slug).collect(Collectors.toSet());
	}

	/** @param article null for a new article */
	ModelAndView of(Manuscripts.Opened article, ManuscriptForm form, FormErrors errors, HttpStatus status) {
		return of(article, form, errors, new ScheduleForm("", "09:00"), FormErrors.none(), status);
	}

	/** The preview always shows the text in the form, saved or not: nothing the author typed is out of sight. */
	ModelAndView of(Manuscripts.Opened article, ManuscriptForm form, FormErrors errors, ScheduleForm schedule,
			FormErrors scheduleErrors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("article", article);
		model.put("form", form);
		model.put("errors", errors);
		model.put("preview", form.body() == null || form.body().isBlank() ? null : ArticleMarkdown.render(form.body()));
		model.put("techniques", catalogue.techniques());
		model.put("now", clock.instant());
		model.put("schedule", schedule);
		model.put("scheduleErrors", scheduleErrors);
		return new ModelAndView("content/admin-article", model, status);
	}
}
