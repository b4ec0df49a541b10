package org.backcare.platform;

import gg.jte.Content;

/**
 * A section another module adds to the home page (client testimonials, say) without platform depending on it:
 * the home page shows every bean of this type, in {@code @Order}, below its own sections.
 */
public interface HomeSection {

	/**
	 * Called once per home page request, before rendering starts, so the data is read here and a failure is a
	 * clean error page; the content returned only writes. Empty content when there is nothing to show.
	 */
	Content content();
}
