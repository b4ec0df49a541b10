package org.backcare.content;

import java.util.Map;
import java.util.stream.Collectors;

import org.backcare.therapies.Catalogue;
import org.backcare.therapies.TechniqueProfile;
import org.springframework.stereotype.Component;

/**
 * The names of the techniques articles point to, read once from the catalogue: techniques ship with the
 * migrations and change only with a new release, and an article page should not read them on every view.
 */
@Component
class TechniqueNames {

	private final Catalogue catalogue;

	private volatile Map<String, String> names;

	TechniqueNames(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	Link linkTo(String slug) {
		if (names == null) {
			names = catalogue.techniques()
				.stream()
				.collect(Collectors.toUnmodifiableMap(TechniqueProfile::slug, TechniqueProfile::name));
		}
		return new Link(names.getOrDefault(slug, Link.nameOf(slug)), "/therapies/" + slug);
	}
}
