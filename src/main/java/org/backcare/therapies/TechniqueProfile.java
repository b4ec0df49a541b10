package org.backcare.therapies;

import java.util.List;

/**
 * What the catalogue says about one technique, in plain words for clients.
 * @param cautions who should avoid the technique or check first, each with the rule ids behind it
 */
public record TechniqueProfile(Technique technique, String slug, String name, String summary, String whatItIs,
		String whoItSuits, Pressure pressure, List<Position> positions, String positionsNote, String evidence,
		List<Caution> cautions) {

	public TechniqueProfile {
		positions = List.copyOf(positions);
		cautions = List.copyOf(cautions);
	}

	/** The positions as a phrase, e.g. Face down, on your back or on your side. */
	public String positionsInWords() {
		var words = new StringBuilder();
		for (int i = 0; i < positions.size(); i++) {
			String label = positions.get(i).label();
			words.append(i == 0 ? "" : i == positions.size() - 1 ? " or " : ", ")
				.append(i == 0 ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1));
		}
		return words.toString();
	}

	/**
	 * One reason to avoid or adapt the technique.
	 * @param rules ids of the rules in the clinical fact sheet (§9), e.g. M1, P7
	 */
	public record Caution(String advice, List<String> rules) {

		public Caution {
			rules = List.copyOf(rules);
		}
	}
}
