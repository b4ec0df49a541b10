package org.backcare.newsletter;

import org.backcare.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin erases a subscriber who asks for it: the address, its consent records and its place in every send
 * run go (see {@link Subscriptions#erase}). The audit entry names only the row id, never the address.
 */
@Service
class AdminSubscriberErasure {

	private final Subscribers subscribers;

	private final Subscriptions subscriptions;

	private final AuditLog audit;

	AdminSubscriberErasure(Subscribers subscribers, Subscriptions subscriptions, AuditLog audit) {
		this.subscribers = subscribers;
		this.subscriptions = subscriptions;
		this.audit = audit;
	}

	/** @return whether there was such a subscriber to erase */
	@Transactional
	boolean erase(long subscriberId, long actorId) {
		boolean erased = subscribers.withId(subscriberId).map(subscriptions::erase).orElse(false);
		if (!erased) {
			return false;
		}
		audit.record(actorId, "newsletter-subscriber.erased", "newsletter-subscriber:" + subscriberId);
		return true;
	}
}
