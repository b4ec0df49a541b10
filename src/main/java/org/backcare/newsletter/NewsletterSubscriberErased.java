package org.backcare.newsletter;

/**
 * A subscriber's data was erased (at their request or an admin's): the newsletter mail written to the address goes
 * too, in the same transaction, so the outbox and the admin mailbox keep no copy of it.
 */
public record NewsletterSubscriberErased(String email) {
}
