/**
 * Email: templates, the outbox and its delivery over SMTP, and the admin mailbox. Notifications listens to other
 * modules' events and writes the emails they call for; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "intake", "scheduling", "homecare",
		"sessions", "shop", "content", "newsletter", "platform", "platform :: layout" })
package org.backcare.notifications;
