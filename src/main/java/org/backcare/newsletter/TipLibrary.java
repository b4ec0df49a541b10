package org.backcare.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the tips written for BackCare (classpath newsletter/tips.md) at every start, in every profile: a digest
 * needs them whether or not demo data is on. A slug already in the table is left alone, so loading twice changes
 * nothing and an admin's edits survive restarts; new tips join the end of the cycle in file order.
 */
@Component
class TipLibrary {

	static final String FILE = "newsletter/tips.md";

	private static final Logger log = LoggerFactory.getLogger(TipLibrary.class);

	private final Tips tips;

	TipLibrary(Tips tips) {
		this.tips = tips;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	@Transactional
	void load() {
		int added = 0;
		for (TipFile.Entry entry : entries()) {
			if (tips.addIfNew(entry.slug(), entry.text())) {
				added++;
			}
		}
		if (added > 0) {
			log.info("Newsletter tip library: {} tips added", added);
		}
	}

	static List<TipFile.Entry> entries() {
		try (var in = new ClassPathResource(FILE).getInputStream()) {
			return TipFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + FILE, e);
		}
	}
}
