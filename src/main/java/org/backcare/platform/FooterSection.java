package org.backcare.platform;

import gg.jte.Content;

/**
 * A section another module adds to the footer of every page (the newsletter sign-up, say) without platform
 * depending on it: the layout shows every bean of this type, in {@code @Order}, before its own footer sections.
 * Footers are on pages cached for anonymous visitors, so the content must be the same for everyone and must not
 * read the CSRF token (that would start a session per visitor).
 */
public interface FooterSection {

	/** Called once per page rendered; it should not read the database. */
	Content content();
}
