package org.backcare.homecare;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backcare.platform.AuditLog;
import org.backcare.platform.PracticeSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's home programme: the self-care items their approved care plan assigned, which they tick off day by
 * day. Care plans call {@link #assign} when a therapist approves a plan. Reading and ticking are clinical record
 * access, so each is written to the {@link AuditLog}.
 */
@Service
public class HomeProgramme {

	/** One item a plan assigns by library slug, and why the plan suggests it, in words the client reads. */
	public record Assignment(String slug, String why) {
	}

	private final JdbcClient jdbc;

	private final HomeCareLibrary library;

	private final Ticks ticks;

	private final AuditLog audit;

	private final Clock clock;

	HomeProgramme(JdbcClient jdbc, HomeCareLibrary library, Ticks ticks, AuditLog audit, Clock clock,
			PracticeSettings practice) {
		this.jdbc = jdbc;
		this.library = library;
		this.ticks = ticks;
		this.audit = audit;
		this.clock = clock.withZone(practice.timeZone());
	}

	/**
	 * Replaces the client's programme with exactly these items, in this order, in the caller's transaction. Items
	 * no longer assigned leave the programme but keep their ticks; slugs the library doesn't know are ignored, and
	 * of a slug given twice the first counts.
	 */
	@Transactional
	public void assign(long clientId, long planId, List<Assignment> items) {
		Map<String, String> whys = new LinkedHashMap<>();
		items.stream().filter(item -> item.slug() != null).forEach(item -> whys.putIfAbsent(item.slug(), item.why()));
		jdbc.sql("delete from homecare_programme_items where client_id = :client and item_slug <> all (:slugs::text[])")
			.param("client", clientId)
			.param("slugs", whys.keySet().toArray(String[]::new))
			.update();
		int position = 0;
		for (var assignment : whys.entrySet()) {
			// A plan that assigns an item again keeps the day it was first assigned by that plan.
			jdbc.sql("""
					insert into homecare_programme_items (client_id, item_slug, plan_id, position, assigned_at, why)
					select :client, slug, :plan, :position, :now, :why from homecare_items where slug = :slug
					on conflict (client_id, item_slug) do update set plan_id = excluded.plan_id,
					    position = excluded.position, why = excluded.why,
					    assigned_at = case when homecare_programme_items.plan_id = excluded.plan_id
					                       then homecare_programme_items.assigned_at else excluded.assigned_at end""")
				.param("client", clientId)
				.param("plan", planId)
				.param("position", position++)
				.param("now", Timestamp.from(clock.instant()))
				.param("why", blankToNull(assignment.getValue()))
				.param("slug", assignment.getKey())
				.update();
		}
	}

	/** The client's programme as of today in the practice, read by {@code actorId}. */
	@Transactional
	Programme of(long actorId, long clientId) {
		audit.record(actorId, "home-programme.viewed", clientId, subject(clientId));
		LocalDate today = today();
		List<LocalDate> week = Streak.lastWeek(today);
		Map<String, String> whys = new LinkedHashMap<>();
		jdbc.sql("select item_slug, why from homecare_programme_items where client_id = :client order by position")
			.param("client", clientId)
			.query(row -> {
				whys.put(row.getString("item_slug"), row.getString("why"));
			});
		Map<String, Set<LocalDate>> recent = ticks.byItem(clientId, week.get(0), today);
		List<Programme.Entry> daily = new ArrayList<>();
		List<Programme.Entry> references = new ArrayList<>();
		for (HomeCareItem item : library.items(whys.keySet())) {
			var entry = new Programme.Entry(item, whys.get(item.slug()), recent.getOrDefault(item.slug(), Set.of()));
			(item.kind().daily() ? daily : references).add(entry);
		}
		return new Programme(today, week, Streak.of(ticks.days(clientId), today), daily, references);
	}

	/** Marks a daily item done today; twice is once. False when it is not a daily item of the programme. */
	@Transactional
	boolean tick(long actorId, long clientId, String slug) {
		if (!isDaily(clientId, slug)) {
			return false;
		}
		audit.record(actorId, "home-programme.ticked", clientId, subject(clientId));
		ticks.add(clientId, slug, today(), clock.instant());
		return true;
	}

	/** Takes back today's tick of a daily item. False when it is not a daily item of the programme. */
	@Transactional
	boolean untick(long actorId, long clientId, String slug) {
		if (!isDaily(clientId, slug)) {
			return false;
		}
		audit.record(actorId, "home-programme.unticked", clientId, subject(clientId));
		ticks.remove(clientId, slug, today());
		return true;
	}

	private boolean isDaily(long clientId, String slug) {
		return jdbc.sql("""
				select i.kind from homecare_programme_items p join homecare_items i on i.slug = p.item_slug
				where p.client_id = :client and p.item_slug = :slug""")
			.param("client", clientId)
			.param("slug", slug)
			.query(String.class)
			.optional()
			.map(kind -> HomeCareKind.valueOf(kind).daily())
			.orElse(false);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String subject(long clientId) {
		return "home-programme:" + clientId;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
