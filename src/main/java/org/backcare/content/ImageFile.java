package org.backcare.content;

import org.backcare.platform.WebImage;

/**
 * An image an author uploads, taken only when its bytes say it is a PNG, JPEG, WebP or SVG image: the name and
 * the browser's claim are whatever the file is called. An SVG is a document that can carry script, so one with
 * script, event handlers, javascript: links, embedded HTML or a DOCTYPE (entities) is refused rather than cleaned.
 */
record ImageFile(String mediaType, String filename) {

	static final int MOST_BYTES = 2 * 1024 * 1024;

	static final String TOO_LARGE = "The image is too large: at most 2 MB. Make it smaller and upload it again.";

	/** @throws Refused with the reason, in words for the author */
	static ImageFile of(String originalName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new Refused("Choose an image file to upload.");
		}
		if (bytes.length > MOST_BYTES) {
			throw new Refused(TOO_LARGE);
		}
		WebImage type = WebImage.of(bytes)
			.orElseThrow(() -> new Refused("That file is not a PNG, JPEG, WebP or SVG image."));
		if (type == WebImage.SVG && WebImage.active(bytes)) {
			throw new Refused("That SVG contains script, event handlers, javascript: links, embedded HTML or a DOCTYPE. "
					+ "Export it again as a plain drawing.");
		}
		return new ImageFile(type.mediaType(), type.filename(originalName));
	}

	/** Why an upload was not taken, said so the author knows what to do. */
	static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}
	}
}
