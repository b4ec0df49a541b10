package org.backcare.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of outcome instruments, and loading a licensed one by pasting or uploading its definition. */
@Controller
class InstrumentsController {

	private final Instruments instruments;

	InstrumentsController(Instruments instruments) {
		this.instruments = instruments;
	}

	@GetMapping("/admin/instruments")
	ModelAndView list() {
		return page("", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/instruments")
	ModelAndView load(@RequestParam(defaultValue = "") String definition,
			@RequestParam(required = false) MultipartFile file, Principal me, RedirectAttributes redirect)
			throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		if (uploaded && !definition.isBlank()) {
			return refused(definition, FormErrors.none().field("definition", "Paste a definition or choose a file, not both."));
		}
		if (!uploaded && definition.isBlank()) {
			return refused(definition, FormErrors.none().field("definition", "Paste a definition or choose a .json file."));
		}
		if (uploaded && !String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".json")) {
			return refused("", FormErrors.none().field("file", "Choose a file whose name ends in .json."));
		}
		if (uploaded && file.getSize() > InstrumentFormat.MAX_CHARS) {
			return refused("", FormErrors.none().field("file", "The file is larger than 256 KB."));
		}
		String json = uploaded ? new String(file.getBytes(), StandardCharsets.UTF_8) : definition;
		try {
			Instrument loaded = instruments.load(json, me.getName());
			redirect.addFlashAttribute("loaded", loaded.name() + " (" + loaded.code() + ") version " + loaded.version());
			return new ModelAndView("redirect:/admin/instruments");
		}
		catch (InstrumentRejected rejected) {
			var errors = FormErrors.none();
			rejected.problems().forEach(errors::global);
			return refused(uploaded ? "" : definition, errors);
		}
	}

	private ModelAndView refused(String definition, FormErrors errors) {
		return page(definition, errors, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private ModelAndView page(String definition, FormErrors errors, HttpStatus status) {
		var model = new HashMap<String, Object>();
		model.put("instruments", instruments.all());
		model.put("definition", definition);
		model.put("errors", errors);
		return new ModelAndView("intake/instruments", model, status);
	}
}
