package org.backcare.homecare;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The self-care library, for other modules (care plans assign items by slug; emails include the preparation
 * checklist and aftercare) and for the public pages. The items are product content seeded by migrations.
 */
@Repository
public class HomeCareLibrary {

	public static final String PREPARATION_CHECKLIST = "preparation-checklist";

	public static final String AFTERCARE = "aftercare";

	private final JdbcClient jdbc;

	HomeCareLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HomeCareItem> item(String slug) {
		return items(List.of(slug)).stream().findFirst();
	}

	/** The items with these slugs, in the order asked; slugs the library doesn't know are left out. */
	public List<HomeCareItem> items(Collection<String> slugs) {
		Map<String, HomeCareItem> found = select(slugs.stream().filter(Objects::nonNull).toArray(String[]::new))
			.stream()
			.collect(Collectors.toMap(HomeCareItem::slug, item -> item));
		return slugs.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/** Every item, grouped by kind in {@link HomeCareKind} order. */
	public List<HomeCareItem> all() {
		return select(null);
	}

	/** What a client reads before a session; for booking confirmations and reminders. */
	public HomeCareItem preparationChecklist() {
		return item(PREPARATION_CHECKLIST).orElseThrow(() -> new IllegalStateException("No preparation checklist"));
	}

	/** What a client reads after a session; for the email after it. */
	public HomeCareItem aftercare() {
		return item(AFTERCARE).orElseThrow(() -> new IllegalStateException("No aftercare item"));
	}

	/** The library as the page shows it: each kind with its heading, introduction and items. */
	List<Shelf> shelves() {
		Map<HomeCareKind, List<HomeCareItem>> byKind = all().stream()
			.collect(Collectors.groupingBy(HomeCareItem::kind, LinkedHashMap::new, Collectors.toList()));
		return jdbc.sql("select kind, title, intro from homecare_kinds order by position")
			.query((row, number) -> {
				var kind = HomeCareKind.valueOf(row.getString("kind"));
				return new Shelf(kind, row.getString("title"), row.getString("intro"), byKind.getOrDefault(kind, List.of()));
			})
			.list()
			.stream()
			.filter(shelf -> !shelf.items().isEmpty())
			.toList();
	}

	String titleOf(HomeCareKind kind) {
		return jdbc.sql("select title from homecare_kinds where kind = :kind").param("kind", kind.name()).query(String.class).single();
	}

	/** @param slugs {@code null} for all items */
	private List<HomeCareItem> select(String[] slugs) {
		var equipment = jdbc.sql("""
				select item_slug, name, optional, product_tag from homecare_equipment
				where :all or item_slug = any (:slugs::text[])
				order by item_slug, position""")
			.param("all", slugs == null)
			.param("slugs", slugs == null ? new String[0] : slugs)
			.query((row, number) -> Map.entry(row.getString("item_slug"), equipment(row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("""
				select i.* from homecare_items i join homecare_kinds k on k.kind = i.kind
				where :all or i.slug = any (:slugs::text[])
				order by k.position, i.position""")
			.param("all", slugs == null)
			.param("slugs", slugs == null ? new String[0] : slugs)
			.query((row, number) -> item(row, equipment.getOrDefault(row.getString("slug"), List.of())))
			.list();
	}

	private static HomeCareItem item(ResultSet row, List<HomeCareItem.Equipment> equipment) throws SQLException {
		String illustration = row.getString("illustration");
		return new HomeCareItem(row.getString("slug"), HomeCareKind.valueOf(row.getString("kind")),
				row.getString("title"), row.getString("summary"), row.getString("why_it_helps"),
				Evidence.valueOf(row.getString("evidence")), row.getString("how_often"), lines(row.getArray("steps")),
				lines(row.getArray("cautions")), lines(row.getArray("not_for")), equipment,
				illustration == null ? null
						: new HomeCareItem.Illustration(illustration, row.getString("illustration_alt")),
				lines(row.getArray("sources")));
	}

	private static HomeCareItem.Equipment equipment(ResultSet row) throws SQLException {
		String tag = row.getString("product_tag");
		return new HomeCareItem.Equipment(row.getString("name"), row.getBoolean("optional"),
				tag == null ? null : ProductTag.valueOf(tag));
	}

	private static List<String> lines(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/** One kind of self-care on the library page. */
	record Shelf(HomeCareKind kind, String title, String intro, List<HomeCareItem> items) {
	}
}
