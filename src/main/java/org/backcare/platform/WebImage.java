package org.backcare.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The images people may upload for the web (product pictures, article illustrations), recognised by their content:
 * what the browser says about a file is only its name. SVG is text, so it is recognised by its root element, and
 * {@link #active} tells when it holds anything that could run, so callers refuse it rather than clean it.
 */
public enum WebImage {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp"), SVG("image/svg+xml", "svg");

	private static final Pattern SVG_ROOT = Pattern.compile(
			"^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE svg[^>]*>\\s*)?(<!--.*?-->\\s*)*<svg[\\s>]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	// Scripts, event handlers, script URLs, embedded HTML, DOCTYPEs and entity tricks: a drawing needs none of them.
	private static final Pattern ACTIVE = Pattern.compile(
			"<script|<foreignobject|<!doctype|<!entity|[\\s\"'/]on[a-z]+\\s*=|javascript:|<iframe|<embed|<object",
			Pattern.CASE_INSENSITIVE);

	private final String mediaType;

	private final String extension;

	WebImage(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public static Optional<WebImage> of(byte[] content) {
		Optional<FileType> known = FileType.of(content);
		if (content == null) {
			return Optional.empty();
		}
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
	public static boolean active(byte[] svg) {
		return ACTIVE.matcher(text(svg)).find();
	}

	// Even an SVG a check let through cannot run script, load anything or frame anything.
	public static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

	/**
	 * The answer that serves an uploaded image: cached for a year (a changed image gets a new address), never
	 * sniffed as another type, and an SVG sandboxed by its own policy.
	 */
	public static ResponseEntity<byte[]> served(String mediaType, String filename, byte[] content) {
		var answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff");
		if (SVG.mediaType().equals(mediaType)) {
			answer.header("Content-Security-Policy", SVG_POLICY)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString());
		}
		return answer.body(content);
	}

	public String mediaType() {
		return mediaType;
	}

	/** A file name for the address the image is served at: the uploaded name, tidied, with this type's extension. */
	public String filename(String uploadedName) {
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
