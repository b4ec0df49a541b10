package org.backcare.notifications;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/** An outbox message as the MIME message both delivery lanes send. */
final class MimeMail {

	private MimeMail() {
	}

	/**
	 * Fills {@code mime} with the message. Its Message-ID is the outbox row's, so a message sent twice (a crash
	 * between the server's acceptance and our record of it) carries the same id and a receiver can recognise it.
	 */
	static MimeMessage write(MimeMessage mime, Outbox.Entry entry, String from, String host)
			throws MessagingException, UnsupportedEncodingException {
		boolean withHtml = entry.html() != null;
		boolean multipart = withHtml || !entry.attachments().isEmpty();
		// A mixed root holds the attachments (a booking's .ics) beside the text/HTML alternative.
		var helper = new MimeMessageHelper(mime,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
		helper.setFrom(from);
		helper.setTo(entry.to());
		helper.setSubject(entry.subject());
		helper.setSentDate(new Date());
		if (withHtml) {
			helper.setText(entry.text(), entry.html());
		}
		else {
			helper.setText(entry.text());
		}
		for (Attachment attachment : entry.attachments()) {
			helper.addAttachment(attachment.filename(),
					new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
		}
		for (Map.Entry<String, String> header : entry.headers().entrySet()) {
			mime.setHeader(header.getKey(), MimeUtility.encodeText(header.getValue(), "UTF-8", null));
		}
		mime.setHeader("Message-ID", messageId(entry.id(), host));
		return mime;
	}

	static String messageId(long id, String host) {
		return "<outbox-" + id + "@" + host + ">";
	}
}
