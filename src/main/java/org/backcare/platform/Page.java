package org.backcare.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import gg.jte.Content;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the shared layout needs on every page: where we are, the CSRF token for forms, who is looking, the
 * practice's time zone, and what other modules add to the footer ({@link FooterSection}). Every page template
 * receives it as {@code page}; nobody adds it by hand.
 */
public record Page(String path, String query, CsrfToken csrf, Viewer viewer, ZoneId zone, List<Content> footer) {

	public Page {
		footer = List.copyOf(footer);
	}

	/** A page with nothing added to its footer. */
	public Page(String path, String query, CsrfToken csrf, Viewer viewer, ZoneId zone) {
		this(path, query, csrf, viewer, zone, List.of());
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	/**
	 * Read only by pages that have a form: reading it stores the token in the HTTP session, and an anonymous
	 * visitor reading an article should not cost a session row in the database.
	 */
	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);


	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	/** Whether the page is at this path or under it: /therapist/x is at /therapist, /therapists is not. */
	public boolean isAt(String prefix) {
		return "/".equals(prefix) ? "/".equals(path) : path.equals(prefix) || path.startsWith(prefix + "/");
	}

	/** Whether the query string names this parameter, e.g. {@code ?confirmed}. */
	public boolean hasQuery(String name) {
		return query != null && Arrays.stream(query.split("&")).anyMatch(part -> part.split("=", 2)[0].equals(name));
	}

	/** A moment as people here read it: in the practice's time zone, with the zone named. */
	public String date(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	/** A moment as people at a place read it: in that place's time zone, with the zone named. */
	public String date(Instant instant, ZoneId where) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(where));
	}

	/** A calendar day as people read it, e.g. 13 Feb 2027 (a day has no time zone). */
	public String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	/** The person looking at the page; {@link #ANONYMOUS} when nobody has signed in. */
	public record Viewer(String displayName, Set<String> roles) {

		public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

		public boolean signedIn() {
			return displayName != null;
		}

		public boolean is(String role) {
			return roles.contains(role);
		}
	}

	/** Implemented by the signed-in principal so the layout can greet people by name. */
	public interface DisplayNamed {

		String displayName();
	}
}
