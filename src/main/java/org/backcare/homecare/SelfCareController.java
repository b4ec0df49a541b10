package org.backcare.homecare;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The public self-care pages: the library by kind, and one item with its steps and cautions. */
@Controller
class SelfCareController {

	private final HomeCareLibrary library;

	SelfCareController(HomeCareLibrary library) {
		this.library = library;
	}

	@GetMapping("/self-care")
	ModelAndView library() {
		return new ModelAndView("homecare/library", Map.of("shelves", library.shelves()));
	}

	@GetMapping("/self-care/{slug}")
	ModelAndView item(@PathVariable String slug) {
		var item = library.item(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("homecare/item", Map.of("item", item, "kindTitle", library.titleOf(item.kind())));
	}
}
