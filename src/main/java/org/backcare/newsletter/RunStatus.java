package org.backcare.newsletter;

/** A send run composes digests while RUNNING; PAUSED composes no more (those queued still go out). */
enum RunStatus {

	RUNNING("Sending"), PAUSED("Paused"), FINISHED("Finished");

	final String label;

	RunStatus(String label) {
		this.label = label;
	}
}
