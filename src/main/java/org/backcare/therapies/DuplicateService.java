package org.backcare.therapies;

/** Another active service already offers this technique for this many minutes. */
class DuplicateService extends RuntimeException {

	DuplicateService(Technique technique, int minutes) {
		super("An active service already offers " + technique + " for " + minutes + " minutes");
	}
}
