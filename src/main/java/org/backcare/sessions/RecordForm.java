package org.backcare.sessions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.backcare.intake.RedFlag;
import org.backcare.platform.FormErrors;
import org.backcare.therapies.Position;
import org.backcare.therapies.Technique;

/**
 * A session record as sent by the page's form or the API, every value as typed: checked here, with a message per
 * field, into the content to save. Blank means not recorded.
 *
 * @param feedback the client's feedback on each technique used
 * @param psfsActivities the PSFS activities named (ignored once the client has a baseline: its activities are rated again)
 */
record RecordForm(String version, String painBefore, String painAfter, List<String> flags, List<String> techniques,
		String pressure, List<String> positions, List<String> areas, List<FeedbackForm> feedback, String subjective,
		String objective, String assessment, String plan, List<String> psfsActivities, List<String> psfsRatings) {

	static final int ACTIVITY_LIMIT = 120;

	/** Feedback on one technique as typed: pressure COMFORTABLE or TOO_MUCH (or blank), the others true or false. */
	record FeedbackForm(String technique, String pressure, boolean painDuring, boolean radiating) {

		boolean empty() {
			return blank(pressure) && !painDuring && !radiating;
		}
	}

	/** What the form holds once checked: the content, and the PSFS ratings when any were given. */
	record Checked(int version, RecordContent content, PsfsScores.Psfs psfs) {
	}

	/** The form filled in with a saved record's values (or empty before its first save). */
	static RecordForm of(int version, RecordContent content, PsfsScores.Psfs psfs) {
		return new RecordForm(String.valueOf(version), text(content.painBefore()), text(content.painAfter()),
				names(content.flags()), names(content.techniques()), text(content.pressure()), names(content.positions()),
				names(content.areas()),
				content.feedback()
					.stream()
					.map(item -> new FeedbackForm(item.technique().name(), item.pressure().name(), item.painDuring(), item.radiating()))
					.toList(),
				content.subjective(), content.objective(), content.assessment(), content.plan(),
				psfs == null ? List.of() : psfs.activities(),
				psfs == null ? List.of() : psfs.ratings().stream().map(String::valueOf).toList());
	}

	boolean has(String field, Enum<?> value) {
		List<String> values = switch (field) {
			case "flags" -> flags;
			case "techniques" -> techniques;
			case "positions" -> positions;
			default -> areas;
		};
		return values.contains(value.name());
	}

	FeedbackForm feedbackOn(Enum<?> technique) {
		return feedback.stream()
			.filter(item -> technique.name().equals(item.technique()))
			.findFirst()
			.orElse(new FeedbackForm(technique.name(), null, false, false));
	}

	/** The PSFS activity or rating at this row (0 to 2), blank when none. */
	String psfsActivity(int row) {
		return row < psfsActivities.size() ? psfsActivities.get(row) : "";
	}

	String psfsRating(int row) {
		return row < psfsRatings.size() ? psfsRatings.get(row) : "";
	}

	RecordForm {
		flags = orEmpty(flags);
		techniques = orEmpty(techniques);
		positions = orEmpty(positions);
		areas = orEmpty(areas);
		feedback = feedback == null ? List.of() : List.copyOf(feedback);
		psfsActivities = orEmpty(psfsActivities);
		psfsRatings = orEmpty(psfsRatings);
	}

	/** The checked form, or the messages to show next to the fields in {@code errors}. */
	Checked check(FormErrors errors) {
		Integer version = number(errors, "version", this.version, 0, Integer.MAX_VALUE, "Send the version of the record you read.");
		if (this.version == null || this.version.isBlank()) {
			errors.field("version", "Send the version of the record you read (0 for a new one).");
		}
		Integer before = number(errors, "painBefore", painBefore, 0, 10, "Pain before must be a whole number from 0 to 10.");
		Integer after = number(errors, "painAfter", painAfter, 0, 10, "Pain after must be a whole number from 0 to 10.");
		Integer level = number(errors, "pressure", pressure, 1, 5, "Pressure must be from 1 (very light) to 5 (very firm).");
		Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
		redFlags.addAll(names(errors, "flags", flags, RedFlag::valueOf, "Tick red flags from the list."));
		List<Technique> used = List.copyOf(new LinkedHashSet<>(names(errors, "techniques", techniques, Technique::valueOf,
				"Choose techniques from the list.")));
		List<Position> lying = List.copyOf(new LinkedHashSet<>(names(errors, "positions", positions, Position::valueOf,
				"Choose positions from the list.")));
		Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
		treated.addAll(names(errors, "areas", areas, BodyRegion::valueOf, "Mark areas from the body chart."));
		List<Feedback> said = feedback(errors, used);
		String s = note(errors, "subjective", subjective);
		String o = note(errors, "objective", objective);
		String a = note(errors, "assessment", assessment);
		String p = note(errors, "plan", plan);
		PsfsScores.Psfs psfs = psfs(errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new Checked(version, new RecordContent(before, after, redFlags, used, level, lying, treated, said, s, o, a, p), psfs);
	}

	private List<Feedback> feedback(FormErrors errors, List<Technique> used) {
		List<Feedback> said = new ArrayList<>();
		for (FeedbackForm item : feedback) {
			if (item.empty()) {
				continue;
			}
			Technique technique = parse(item.technique(), Technique::valueOf);
			Feedback.Pressure felt = blank(item.pressure()) ? Feedback.Pressure.COMFORTABLE : parse(item.pressure(), Feedback.Pressure::valueOf);
			if (technique == null || felt == null) {
				errors.field("feedback", "Feedback needs a technique from the list and a pressure of COMFORTABLE or TOO_MUCH.");
			}
			else if (!used.contains(technique)) {
				errors.field("feedback", "Tick " + RecordWords.of(technique) + " as used to record the client's feedback on it.");
			}
			else if (said.stream().noneMatch(other -> other.technique() == technique)) {
				said.add(new Feedback(technique, felt, item.painDuring(), item.radiating()));
			}
		}
		return said;
	}

	private PsfsScores.Psfs psfs(FormErrors errors) {
		List<String> named = new ArrayList<>();
		List<Integer> rated = new ArrayList<>();
		int rows = Math.max(psfsActivities.size(), psfsRatings.size());
		if (rows > PsfsScores.ACTIVITIES) {
			errors.field("psfs", "Rate at most " + PsfsScores.ACTIVITIES + " activities.");
			return null;
		}
		for (int i = 0; i < rows; i++) {
			String activity = i < psfsActivities.size() ? strip(psfsActivities.get(i)) : null;
			String rating = i < psfsRatings.size() ? psfsRatings.get(i) : null;
			if (activity == null && blank(rating)) {
				continue;
			}
			Integer value = blank(rating) ? null : parse(rating.strip(), Integer::valueOf);
			if (activity == null || activity.length() > ACTIVITY_LIMIT) {
				errors.field("psfs", "Name each activity you rate (up to " + ACTIVITY_LIMIT + " characters).");
			}
			else if (value == null || value < 0 || value > 10) {
				errors.field("psfs", "Rate each activity from 0 (cannot do it) to 10 (as before the problem).");
			}
			else {
				named.add(activity);
				rated.add(value);
			}
		}
		return named.isEmpty() ? null : new PsfsScores.Psfs(named, rated);
	}

	private static Integer number(FormErrors errors, String field, String text, int min, int max, String message) {
		if (blank(text)) {
			return null;
		}
		Integer value = parse(text.strip(), Integer::valueOf);
		if (value == null || value < min || value > max) {
			errors.field(field, message);
			return null;
		}
		return value;
	}

	private static <E> List<E> names(FormErrors errors, String field, List<String> texts, Function<String, E> valueOf,
			String message) {
		List<E> values = new ArrayList<>();
		for (String text : texts) {
			E value = blank(text) ? null : parse(text.strip(), valueOf);
			if (value == null) {
				errors.field(field, message);
			}
			else {
				values.add(value);
			}
		}
		return values;
	}

	private static String note(FormErrors errors, String field, String text) {
		String value = strip(text);
		if (value != null && value.length() > RecordContent.NOTE_LIMIT) {
			errors.field(field, "Keep the " + field + " note to " + RecordContent.NOTE_LIMIT + " characters (it has "
					+ value.length() + ").");
		}
		return value;
	}

	private static <T> T parse(String text, Function<String, T> parser) {
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String strip(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values.stream().map(value -> value == null ? "" : value).toList();
	}
}
