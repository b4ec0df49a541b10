package org.backcare.content;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo practice's article library, from the files that ship with BackCare. Only with {@code demo}. */
@Component
@Profile("demo")
class DemoArticles {

	static final String LIBRARY = "classpath:content";

	private final Library library;

	DemoArticles(Library library) {
		this.library = library;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(80)
	void loadTheLibrary() {
		library.load(LIBRARY);
	}
}
