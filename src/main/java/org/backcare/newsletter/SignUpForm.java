package org.backcare.newsletter;

/** Where a sign-up came from, kept in its consent record. */
enum SignUpForm {
	FOOTER, ARTICLE, ACCOUNT, PAGE, API
}
