package org.backcare.content;

import java.util.regex.Pattern;

import org.backcare.platform.FormErrors;
import org.backcare.platform.LinkedText;

/**
 * What a reader sent, from the form or the API, trimmed. Checked here for what needs no database; whether the
 * comment it replies to may be answered is checked where the comments are ({@link CommentPosting}).
 */
record CommentDraft(String name, String email, String text, Long parentId) {

	static final int NAME_MAX = 80;

	static final int EMAIL_MAX = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	CommentDraft {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip();
		text = text == null ? "" : text.strip();
	}

	FormErrors problems(ContentSettings settings) {
		var errors = FormErrors.none();
		if (name.isEmpty()) {
			errors.field("name", "Enter your name.");
		}
		else if (name.length() > NAME_MAX) {
			errors.field("name", "Your name can be at most " + NAME_MAX + " characters.");
		}
		if (email.isEmpty()) {
			errors.field("email", "Enter your email address.");
		}
		else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
			errors.field("email", "Enter an email address like name@example.com.");
		}
		if (text.isEmpty()) {
			errors.field("text", "Write your comment.");
		}
		else if (text.length() > settings.commentMaxLength()) {
			errors.field("text", "Your comment can be at most " + settings.commentMaxLength() + " characters; it has "
					+ text.length() + ".");
		}
		else if (LinkedText.linksIn(text) > settings.commentMaxLinks()) {
			errors.field("text", "A comment can hold at most " + settings.commentMaxLinks()
					+ (settings.commentMaxLinks() == 1 ? " link" : " links") + "; please remove some.");
		}
		return errors;
	}
}
