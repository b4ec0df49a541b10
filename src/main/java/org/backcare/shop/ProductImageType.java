package org.backcare.shop;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.backcare.platform.FileType;

/**
 * The images a product may show, recognised by their content (what the browser says about a file is only its
 * name). SVG is text, so it is recognised by its root element and refused when it holds anything that could run.
 */
enum ProductImageType {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp"), SVG("image/svg+xml", "svg");

	private static final Pattern SVG_ROOT = Pattern.compile(
			"^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE svg[^>]*>\\s*)?(<!--.*?-->\\s*)*<svg[\\s>]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	// Scripts, event handlers, script URLs, embedded HTML and entity tricks: a product drawing needs none of them.
	private static final Pattern ACTIVE = Pattern.compile(
			"<script|<foreignobject|<!entity|\\son[a-z]+\\s*=|javascript:|<iframe|<embed|<object",
			Pattern.CASE_INSENSITIVE);

	private final String mediaType;

	private final String extension;

	ProductImageType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	static Optional<ProductImageType> of(byte[] content) {
		Optional<FileType> known = FileType.of(content);
		if (known.isPresent()) {
			return known.get() == FileType.PNG ? Optional.of(PNG)
					: known.get() == FileType.JPEG ? Optional.of(JPEG) : Optional.empty();
		}
		if (content.length >= 12 && ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return SVG_ROOT.matcher(text(content)).find() ? Optional.of(SVG) : Optional.empty();
	}

	/** Whether an SVG holds something that could run in a browser. */
	static boolean active(byte[] svg) {
		return ACTIVE.matcher(text(svg)).find();
	}

	String mediaType() {
		return mediaType;
	}

	/** A file name for the address the image is served at: the uploaded name, tidied, with this type's extension. */
	String filename(String uploadedName) {
		String base = uploadedName == null ? "" : uploadedName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
		String tidy = base.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (tidy.length() > 60) {
			tidy = tidy.substring(0, 60).replaceAll("-+$", "");
		}
		return (tidy.isEmpty() ? "image" : tidy) + "." + extension;
	}

	private static boolean ascii(byte[] content, int at, String expected) {
		byte[] wanted = expected.getBytes(StandardCharsets.US_ASCII);
		return Arrays.equals(content, at, at + wanted.length, wanted, 0, wanted.length);
	}

	private static String text(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
