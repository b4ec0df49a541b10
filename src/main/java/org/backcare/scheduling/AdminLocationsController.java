package org.backcare.scheduling;

import org.backcare.platform.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The admin sets up where the practice works: locations with their time zone, and treatment rooms. */
@Controller
class AdminLocationsController {

	private static final String HOME = "/admin/locations";

	private final Locations locations;

	AdminLocationsController(Locations locations) {
		this.locations = locations;
	}

	@GetMapping(HOME)
	ModelAndView list() {
		return page(null, LocationForm.BLANK, FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME)
	ModelAndView add(@RequestParam(required = false) String name, @RequestParam(required = false) String address,
			@RequestParam(required = false) String timeZone, @RequestParam(required = false) String jurisdiction) {
		return save(null, new LocationForm(name, address, timeZone, jurisdiction));
	}

	@GetMapping(HOME + "/{id}")
	ModelAndView show(@PathVariable long id) {
		Location location = location(id);
		return page(location, LocationForm.of(location), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping(HOME + "/{id}")
	ModelAndView change(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String address, @RequestParam(required = false) String timeZone,
			@RequestParam(required = false) String jurisdiction) {
		return save(location(id), new LocationForm(name, address, timeZone, jurisdiction));
	}

	/** Adds a location (when {@code location} is null) or changes it, and answers as the form's page would. */
	private ModelAndView save(Location location, LocationForm form) {
		FormErrors errors = form.check();
		if (!errors.isEmpty()) {
			return page(location, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			if (location == null) {
				long id = locations.add(form.name().strip(), form.address().strip(), form.zone(), form.code());
				return new ModelAndView("redirect:" + HOME + "/" + id + "?added");
			}
			locations.change(location.id(), form.name().strip(), form.address().strip(), form.zone(), form.code());
			return new ModelAndView("redirect:" + HOME + "/" + location.id() + "?saved");
		}
		catch (DuplicateKeyException taken) {
			return page(location, form, FormErrors.none().field("name", "There is already a location with this name."), HttpStatus.CONFLICT);
		}
	}

	@PostMapping(HOME + "/{id}/rooms")
	ModelAndView addRoom(@PathVariable long id, @RequestParam(required = false) String roomName) {
		Location location = location(id);
		String name = roomName == null ? "" : roomName.strip();
		if (name.isEmpty() || name.length() > 60) {
			return page(location, LocationForm.of(location), FormErrors.none().field("roomName", "Enter the room's name (up to 60 characters)."),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			locations.addRoom(id, name);
			return new ModelAndView("redirect:" + HOME + "/" + id + "?room");
		}
		catch (DuplicateKeyException taken) {
			return page(location, LocationForm.of(location), FormErrors.none().field("roomName", "This location has a room with this name already."),
					HttpStatus.CONFLICT);
		}
	}

	private Location location(long id) {
		return locations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(Location location, LocationForm form, FormErrors errors, HttpStatus status) {
		var page = location == null ? new ModelAndView("scheduling/locations", status).addObject("locations", locations.all())
				: new ModelAndView("scheduling/location", status).addObject("location", location);
		return page.addObject("form", form)
			.addObject("zones", LocationForm.ZONES)
			.addObject("errors", errors);
	}
}
