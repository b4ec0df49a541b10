/**
 * The newsletter: sign-up with double opt-in and a recorded consent, a digest every few days with a tip, a client
 * story and new articles on the topics each subscriber chose, one-click unsubscribe, and resumable send runs whose
 * mail goes out through the outbox. It never reads clinical records: interests are only what a subscriber picked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity",
		"content", "shop" })
package org.backcare.newsletter;
