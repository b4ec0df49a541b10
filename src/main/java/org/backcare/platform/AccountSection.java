package org.backcare.platform;

import gg.jte.Content;

/**
 * A section another module adds to the signed-in person's account page (their newsletter subscription, say)
 * without the identity module depending on it: the account page shows every bean of this type, in
 * {@code @Order}, below its own sections.
 */
public interface AccountSection {

	/**
	 * Called once per account page request, before rendering starts, so the data is read here and a failure is a
	 * clean error page; the content returned only writes. Empty content when there is nothing to show.
	 *
	 * @param email the account's email address, as it signs in
	 */
	Content content(long accountId, String email);
}
