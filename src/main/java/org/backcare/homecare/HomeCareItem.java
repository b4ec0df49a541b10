package org.backcare.homecare;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of the self-care library, in the words clients read.
 *
 * @param slug the item's permanent name, which care plans refer to (e.g. {@code heat-wrap})
 * @param notFor who should not do it, or when not to
 * @param illustration {@code null} when the item has none
 * @param sources ids in the clinical fact sheet that the item rests on (e.g. {@code A2}, {@code 7.1})
 */
public record HomeCareItem(String slug, HomeCareKind kind, String title, String summary, String whyItHelps,
		Evidence evidence, String howOften, List<String> steps, List<String> cautions, List<String> notFor,
		List<Equipment> equipment, Illustration illustration, List<String> sources) {

	public HomeCareItem {
		steps = List.copyOf(steps);
		cautions = List.copyOf(cautions);
		notFor = List.copyOf(notFor);
		equipment = List.copyOf(equipment);
		sources = List.copyOf(sources);
	}

	/** Every sentence a client can read in this item, for checks on wording. */
	public List<String> texts() {
		var texts = new ArrayList<String>(List.of(title, summary, whyItHelps, howOften));
		texts.addAll(steps);
		texts.addAll(cautions);
		texts.addAll(notFor);
		equipment.forEach(thing -> texts.add(thing.name()));
		if (illustration != null) {
			texts.add(illustration.description());
		}
		return texts;
	}

	/** Something the client needs; {@code productTag} is what the shop sells for it, or {@code null}. */
	public record Equipment(String name, boolean optional, ProductTag productTag) {
	}

	/** An SVG under {@code /images/homecare/} and the text alternative that describes it. */
	public record Illustration(String path, String description) {
	}
}
