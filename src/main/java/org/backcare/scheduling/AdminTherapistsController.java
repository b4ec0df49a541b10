package org.backcare.scheduling;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backcare.identity.People;
import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The admin's list of therapists, and each one's profile: bio, training, photo, and whether they can be booked. */
@Controller
class AdminTherapistsController {

	static final String HOME = "/admin/therapists";

	/** A row of the list: the account, and its profile when it has one. */
	record Row(People.Person person, Therapist profile) {
	}

	private final People people;

	private final Therapists therapists;

	private final TherapistAdminPage page;

	AdminTherapistsController(People people, Therapists therapists, TherapistAdminPage page) {
		this.people = people;
		this.therapists = therapists;
		this.page = page;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		Map<Long, Therapist> profiles = therapists.all().stream().collect(Collectors.toMap(Therapist::id, Function.identity()));
		List<Row> rows = people.therapists().stream().map(person -> new Row(person, profiles.get(person.id().value()))).toList();
		return new ModelAndView("scheduling/admin-therapists").addObject("rows", rows).addObject("today", page.today());
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView show(@PathVariable long id) {
		return page.show(id, TherapistAdminPage.Forms.BLANK, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	ModelAndView save(@PathVariable long id, @RequestParam(required = false) String bio,
			@RequestParam(required = false) List<String> skills, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam(defaultValue = "false") boolean removePhoto, @RequestParam(required = false) MultipartFile photo)
			throws IOException {
		page.account(id);
		boolean uploaded = photo != null && !photo.isEmpty();
		// A file over the limit is not read into memory at all; the form says so.
		var form = new ProfileForm(bio, skills, active, removePhoto, uploaded ? photo.getSize() : 0,
				uploaded && photo.getSize() <= ProfileForm.MAX_PHOTO_BYTES ? photo.getBytes() : null);
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return page.show(id, new TherapistAdminPage.Forms(form, null, null, null), errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		boolean created = therapists.find(id).isEmpty();
		therapists.saveProfile(id, form.bio().strip(), form.skillSet(), form.active(), form.newPhoto(), form.removePhoto());
		return new ModelAndView("redirect:" + HOME + "/" + id + (created ? "?created" : "?saved"));
	}
}
