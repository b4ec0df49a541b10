package org.backcare.notifications;

/** A file sent with an email; text only for now (calendar files), kept in the outbox row. */
record Attachment(String filename, String contentType, String content) {

	/** An iCalendar object; the method (REQUEST, CANCEL) tells mail programs to offer to update the calendar. */
	static Attachment calendar(String filename, String method, String ics) {
		return new Attachment(filename, "text/calendar; charset=UTF-8; method=" + method, ics);
	}
}
