package org.backcare.scheduling;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Why a booking, cancellation or move did not happen, in words for the client. The kind says how the edges answer:
 * a bad request names its field (400), a refusal explains the rule (422), a taken slot offers the nearest free
 * ones (409), and someone else's booking does not exist (404).
 */
class BookingRefused extends RuntimeException {

	enum Kind {
		INVALID, NOT_ALLOWED, TAKEN, NOT_FOUND
	}

	private final Kind kind;

	private final String field;

	private final List<OpenSlot> alternatives;

	private BookingRefused(Kind kind, String field, String message, List<OpenSlot> alternatives) {
		super(message);
		this.kind = kind;
		this.field = field;
		this.alternatives = List.copyOf(alternatives);
	}

	static BookingRefused invalid(String field, String message) {
		return new BookingRefused(Kind.INVALID, field, message, List.of());
	}

	static BookingRefused notAllowed(String message) {
		return new BookingRefused(Kind.NOT_ALLOWED, null, message, List.of());
	}

	static BookingRefused taken(List<OpenSlot> alternatives) {
		return new BookingRefused(Kind.TAKEN, "start",
				"Someone has just booked that time. " + (alternatives.isEmpty() ? "There is no other free time near it."
						: "Here are the nearest free times."),
				alternatives);
	}

	static BookingRefused notFound() {
		return new BookingRefused(Kind.NOT_FOUND, null, "There is no such booking of yours.", List.of());
	}

	/** How the edges answer it, as a page or as a problem document. */
	HttpStatus status() {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_ALLOWED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TAKEN -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
	}

	Kind kind() {
		return kind;
	}

	String field() {
		return field;
	}

	List<OpenSlot> alternatives() {
		return alternatives;
	}
}
