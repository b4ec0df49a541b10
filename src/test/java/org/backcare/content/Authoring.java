package org.backcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.backcare.TestData;
import org.backcare.WebSession;

/** Articles written through the admin's editor, as an admin does it, for tests of what happens next. */
final class Authoring {

	private Authoring() {
	}

	/** A title and slug no other test uses. */
	static String uniqueTitle(String words) {
		return words + " " + TestData.ip().replace('.', ' ');
	}

	/** The editor's fields, every one filled; change any with {@code with}. */
	static List<String> fields(String title, String body) {
		return new ArrayList<>(List.of("id", "", "revision", "", "title", title, "slug", "", "summary",
				"What this article is about.", "authorName", "", "body", body, "tags", "Heat and cold, Sciatica",
				"products", "wheat-heat-pack", "imagePath", "", "imageAlt", "", "imageCaption", ""));
	}

	static List<String> with(List<String> fields, String name, String value) {
		var changed = new ArrayList<>(fields);
		int at = changed.indexOf(name);
		changed.set(at + 1, value);
		return changed;
	}

	/** Saves a new article through the form; its id. */
	static long write(WebSession admin, List<String> fields) {
		admin.get("/admin/articles/new");
		var saved = admin.post("/admin/articles/new", fields);
		assertThat(saved.status()).as(saved.text()).isEqualTo(302);
		return Long.parseLong(saved.location().replace("/admin/articles/", ""));
	}

	/** Saves the editor's fields over the article, based on the revision its editor page shows now. */
	static WebSession.Response save(WebSession admin, long id, List<String> fields) {
		var editor = admin.get("/admin/articles/" + id);
		String revision = editor.find("name=\"revision\" value=\"(\\d+)\"");
		return admin.post("/admin/articles/" + id, with(with(fields, "id", String.valueOf(id)), "revision", revision));
	}
}
