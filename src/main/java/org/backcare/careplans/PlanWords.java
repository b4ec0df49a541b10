package org.backcare.careplans;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backcare.homecare.HomeCareItem;
import org.backcare.homecare.HomeCareLibrary;

/** Plan values in words for the pages: enum names, pressure levels and the home-care items' titles. */
final class PlanWords {

	private PlanWords() {
	}

	/** An enum name as words: HIP_AND_GLUTE becomes Hip and glute. */
	static String of(Object name) {
		String text = String.valueOf(name).toLowerCase().replace('_', ' ');
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String pressure(int level) {
		return switch (level) {
			case 1 -> "very light";
			case 2 -> "light";
			case 3 -> "moderate";
			case 4 -> "firm";
			default -> "very firm";
		};
	}

	/** Each home-care slug of the plan with its title in the library (the slug itself if the library lost it). */
	static Map<String, String> homeCareTitles(Plan plan, HomeCareLibrary library) {
		var titles = new LinkedHashMap<String, String>();
		plan.homeCare().forEach(item -> titles.put(item.item(), item.item()));
		library.items(titles.keySet()).forEach((HomeCareItem item) -> titles.put(item.slug(), item.title()));
		return titles;
	}
}
