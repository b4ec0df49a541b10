package org.backcare.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.backcare.platform.FileType;

/**
 * An image an author uploads, taken only when its bytes say it is a PNG, JPEG, WebP or SVG image: the name and
 * the browser's claim are whatever the file is called. An SVG is a document that can carry script, so one with
 * script, event handlers, javascript: links, embedded HTML or a DOCTYPE (entities) is refused rather than cleaned.
 */
record ImageFile(String mediaType, String filename) {

	static final int MOST_BYTES = 2 * 1024 * 1024;

	static final String SVG = "image/svg+xml";

	static final String TOO_LARGE = "The image is too large: at most 2 MB. Make it smaller and upload it again.";

	private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg",
			"image/webp", "webp", SVG, "svg");

	private static final Pattern SVG_ROOT = Pattern
		.compile("(?s)\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<svg[\\s>]");

	private static final Pattern UNSAFE_SVG = Pattern.compile(
			"(?i)<script|[\\s\"'/]on[a-z]+\\s*=|javascript:|<foreignobject|<!doctype|<!entity|<iframe|<embed|<object");

	/** @throws Refused with the reason, in words for the author */
	static ImageFile of(String originalName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new Refused("Choose an image file to upload.");
		}
		if (bytes.length > MOST_BYTES) {
			throw new Refused(TOO_LARGE);
		}
		String type = FileType.of(bytes)
			.filter(known -> known != FileType.PDF)
			.map(FileType::mediaType)
			.orElseGet(() -> isWebp(bytes) ? "image/webp" : svgOrNull(bytes));
		if (type == null) {
			throw new Refused("That file is not a PNG, JPEG, WebP or SVG image.");
		}
		return new ImageFile(type, name(originalName, EXTENSIONS.get(type)));
	}

	private static boolean isWebp(byte[] bytes) {
		return bytes.length >= 12 && Arrays.equals(bytes, 0, 4, "RIFF".getBytes(StandardCharsets.US_ASCII), 0, 4)
				&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4);
	}

	private static String svgOrNull(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString()
				.replaceFirst("\\A\uFEFF", "");
		}
		catch (CharacterCodingException notText) {
			return null;
		}
		if (!SVG_ROOT.matcher(text).lookingAt()) {
			return null;
		}
		if (UNSAFE_SVG.matcher(text).find()) {
			throw new Refused("That SVG contains script, event handlers, javascript: links, embedded HTML or a DOCTYPE. "
					+ "Export it again as a plain drawing.");
		}
		return SVG;
	}

	/** back pain.PNG becomes back-pain.png: safe in an address, and the extension matches the bytes. */
	private static String name(String originalName, String extension) {
		String base = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
		String slug = SlugWords.of(base.toLowerCase(Locale.ROOT));
		slug = slug.isEmpty() ? "image" : slug.substring(0, Math.min(slug.length(), 100)).replaceAll("-+$", "");
		return slug + "." + extension;
	}

	/** Why an upload was not taken, said so the author knows what to do. */
	static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}
	}
}
