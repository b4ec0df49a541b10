package org.backcare.scheduling;

/** A client moved a session to another time (a new booking replaces the old one); published in that transaction. */
public record SessionMoved(BookedSession from, BookedSession to) {
}
