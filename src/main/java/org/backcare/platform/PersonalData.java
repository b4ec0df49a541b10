package org.backcare.platform;

/**
 * What one module holds about a client, for the client's copy of their data and for erasure at their request.
 * Every module that keeps client data has one (package-private) bean of this type; the identity module collects
 * them all, so nobody has to know the others. Both calls run in the caller's transaction.
 */
public interface PersonalData {

	/** The key of this module's part of the export, e.g. {@code bookings}. */
	String section();

	/**
	 * Everything this module holds about the client, as values Jackson writes (maps, lists, records, JSON trees);
	 * secrets such as token hashes left out.
	 */
	Object exportFor(long clientId);

	/**
	 * Removes or anonymises what the practice need not keep, and keeps what health-record law requires: clinical
	 * records (consultations, screening, consents, clearances, care plans, session notes and addenda, check-in
	 * answers, outcome scores), past bookings as the treatment record, and the audit log. What is kept stays
	 * linked to the account id, whose name and address the identity module replaces last, so that contributors can
	 * still read the client's address here. Erasing twice changes nothing the second time.
	 */
	void erase(long clientId);
}
