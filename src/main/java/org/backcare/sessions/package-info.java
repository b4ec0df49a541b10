/**
 * Sessions: what happened at each booked session (the therapist's record, body chart, SOAP note, signing and
 * addenda), the client's check-in a day or two later, and progress on pain and function over a plan (fact sheet
 * 9.4, O1 to O6; 5.1; 6.1 to 6.4; 11.1).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: layout", "identity",
		"therapies", "intake", "careplans", "scheduling", "homecare" })
package org.backcare.sessions;
