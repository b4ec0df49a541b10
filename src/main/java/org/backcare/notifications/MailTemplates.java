package org.backcare.notifications;

import java.util.HashMap;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/**
 * Writes an email from its two templates, both precompiled at build time: the HTML part from
 * {@code src/main/jte/notifications/mail/<name>.jte}, the plain-text part from {@code src/main/jte-text/<name>.jte}.
 * Every template receives the subject besides its own parameters.
 */
@Component
class MailTemplates {

	private final TemplateEngine html = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.backcare");

	private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
			"org.backcare.notifications.text");

	Message write(String name, String to, String subject, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("subject", subject);
		// RFC 3834: tells mail servers and autoresponders that no person sent this, so nobody replies on autopilot.
		Map<String, String> headers = Map.of("Auto-Submitted", "auto-generated", "X-BackCare-Mail", name);
		// Plain-text templates keep the line breaks around their loops and conditions; a blank line is enough.
		return new Message(to, subject, render(text, name + ".jte", all).replaceAll("\n{3,}", "\n\n"),
				render(html, "notifications/mail/" + name + ".jte", all), headers);
	}

	private static String render(TemplateEngine engine, String template, Map<String, Object> params) {
		var output = new StringOutput();
		engine.render(template, params, output);
		return output.toString();
	}
}
