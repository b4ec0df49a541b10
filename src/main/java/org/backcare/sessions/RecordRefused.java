package org.backcare.sessions;

import org.backcare.platform.FormErrors;
import org.springframework.http.HttpStatus;

/** Why a session record was not shown or changed; pages and the API answer with the same status. */
final class RecordRefused extends RuntimeException {

	enum Kind {

		/** Not there, or not for this person (never a 403: that would reveal it exists). */
		NOT_FOUND(HttpStatus.NOT_FOUND),
		/** Signed: only addenda from now on. */
		SIGNED(HttpStatus.CONFLICT),
		/** Saved by someone else since it was read. */
		STALE(HttpStatus.CONFLICT),
		/** Not in a state for this: nothing saved to sign yet, or an addendum to an unsigned note. */
		NOT_READY(HttpStatus.CONFLICT),
		INVALID(HttpStatus.UNPROCESSABLE_CONTENT);

		private final HttpStatus status;

		Kind(HttpStatus status) {
			this.status = status;
		}
	}

	private final Kind kind;

	private final FormErrors errors;

	private RecordRefused(Kind kind, String message, FormErrors errors) {
		super(message);
		this.kind = kind;
		this.errors = errors;
	}

	static RecordRefused notFound() {
		return new RecordRefused(Kind.NOT_FOUND, "No such session record.", FormErrors.none());
	}

	static RecordRefused signed() {
		return new RecordRefused(Kind.SIGNED, "This note is signed; add an addendum.", FormErrors.none());
	}

	static RecordRefused stale(int version) {
		return new RecordRefused(Kind.STALE, "The record was saved by someone else meanwhile (it is now version " + version
				+ "). Check the latest version below and make your changes again.", FormErrors.none());
	}

	static RecordRefused notReady(String message) {
		return new RecordRefused(Kind.NOT_READY, message, FormErrors.none());
	}

	static RecordRefused invalid(FormErrors errors) {
		return new RecordRefused(Kind.INVALID, "Some fields are missing or not valid.", errors);
	}

	Kind kind() {
		return kind;
	}

	HttpStatus status() {
		return kind.status;
	}

	FormErrors errors() {
		return errors;
	}
}
