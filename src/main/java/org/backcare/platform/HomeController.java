package org.backcare.platform;

import java.util.List;

import gg.jte.Content;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HomeController {

	private final ObjectProvider<HomeSection> sections;

	HomeController(ObjectProvider<HomeSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/")
	ModelAndView home() {
		List<Content> contents = sections.orderedStream().map(HomeSection::content).toList();
		return new ModelAndView("platform/home", "sections", contents);
	}
}
