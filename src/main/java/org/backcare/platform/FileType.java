package org.backcare.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file people may upload, recognised by their first bytes: what a browser claims about a file is
 * whatever the file's name says, so it is never trusted.
 */
public enum FileType {

	PDF("application/pdf", '%', 'P', 'D', 'F', '-'),
	PNG("image/png", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'),
	JPEG("image/jpeg", 0xff, 0xd8, 0xff);

	private final String mediaType;

	private final byte[] magic;

	FileType(String mediaType, int... magic) {
		this.mediaType = mediaType;
		this.magic = new byte[magic.length];
		for (int i = 0; i < magic.length; i++) {
			this.magic[i] = (byte) magic[i];
		}
	}

	/** What the content is by its first bytes; empty for anything else. */
	public static Optional<FileType> of(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.starts(content)).findFirst();
	}

	public String mediaType() {
		return mediaType;
	}

	private boolean starts(byte[] content) {
		return content != null && content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
